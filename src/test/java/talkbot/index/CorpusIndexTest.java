package talkbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.FactKind;

class CorpusIndexTest {
    private static CorpusIndex index;

    @BeforeAll
    static void build() {
        index = CorpusIndex.build(CorpusLoader.load(Path.of("corpus")));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void onlySentencesCarryTheTextField_soSentenceSearchesNeedNoTypeFilter() {
        // a fact's value is in its sentence: a search for it finds sentences, never a fact document
        String value = index.fact(0).value();
        List<Hit> hits = index.searchSentences(index.analysis().queryTerms(value), 50);
        assertThat(hits).isNotEmpty().allSatisfy(h -> assertThat(h.ord()).isBetween(0, index.sentenceCount() - 1));
        assertThat(hits).extracting(h -> index.sentence(h.ord())).contains(index.fact(0).sentence());
    }

    @Test
    void sentenceSearchReturnsProseSentencesBestFirst() {
        List<Hit> hits = index.searchSentences(index.analysis().queryTerms("rare earth exports"), 5);
        assertThat(hits).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        for (Hit h : hits) {
            assertThat(index.sentence(h.ord()).heading()).isFalse();
        }
        assertThat(hits).isSortedAccordingTo((a, b) -> Float.compare(b.score(), a.score()));
        assertThat(index.sentence(hits.get(0).ord()).text()).containsIgnoringCase("rare earth");
    }

    @Test
    void factSearchWithEveryKindFindsTheSameAsWithoutTheFilter() {
        List<String> terms = index.analysis().queryTerms("China delegation leads");
        List<Hit> all = index.searchFacts(terms, EnumSet.allOf(FactKind.class), 24);
        List<Hit> members = index.searchFacts(terms, EnumSet.of(FactKind.MEMBER), 24);
        assertThat(all).isNotEmpty();
        assertThat(members).isNotEmpty().allMatch(h -> index.fact(h.ord()).kind() == FactKind.MEMBER);
        // a kind filter never scores: a member fact scores the same with or without it
        for (Hit m : members) {
            assertThat(all).filteredOn(h -> h.ord() == m.ord()).allMatch(h -> h.score() == m.score());
        }
    }
}
