package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.Sentence;
import talkbot.index.CorpusIndex;

/** "…," she told reporters: the sentence speaks of the person named just before, by name and by the titles the article gives them. */
class PronounSpeakersTest {
    private static final CorpusIndex INDEX = CorpusIndex.build(CorpusLoader.load(Path.of("src/test/resources/corpora/pronoun-speaker")));

    private static int ord(String start) {
        for (Sentence s : INDEX.corpus().articles().get(0).sentences()) {
            if (s.text().startsWith(start)) {
                return INDEX.ord(s);
            }
        }
        throw new AssertionError("no sentence starting " + start);
    }

    @Test
    void aPronounThatSpeaksIsThePersonNamedBeforeWithTheirTitles() {
        PronounSpeakers speakers = new PronounSpeakers(INDEX);
        assertThat(speakers.of(ord("\"The numbers are moving")))
                .containsAll(INDEX.analysis().queryTerms("Soto deputy trade minister"));
    }

    @Test
    void noPronounSpeaksNoOneIsAdded() {
        PronounSpeakers speakers = new PronounSpeakers(INDEX);
        assertThat(speakers.of(ord("The next meeting is due"))).isEmpty();
        assertThat(speakers.of(ord("Soto said Norway"))).isEmpty();
    }

    @Test
    void aPersonNamedWithoutTitlesIsSpokenOfByTheTitlesTheArticleGivesThem() {
        PronounSpeakers speakers = new PronounSpeakers(INDEX);
        assertThat(speakers.titlesOfNamed(ord("Soto said Norway")))
                .containsAll(INDEX.analysis().queryTerms("deputy trade minister"));
        assertThat(speakers.titlesOfNamed(ord("The next meeting is due"))).isEmpty();
        // a sentence that writes the title with the name has it already
        assertThat(speakers.titlesOfNamed(ord("Deputy Chilean Trade Minister Ana Soto"))).isEmpty();
    }

    @Test
    void aPronounThatSpeaksHasTheTitleTheArticleWritesBeforeTheName() {
        // "… led by Peruvian Trade Representative Rosa Quispe and Chinese Vice Minister Wang Tao." "Wang struck a sharper tone. "…," he said":
        // a family name written first is the name the pronoun stands for
        CorpusIndex index = CorpusIndex.build(CorpusLoader.load(Path.of("src/test/resources/corpora/pronoun-titles")));
        int quote = -1;
        for (Sentence s : index.corpus().articles().get(0).sentences()) {
            if (s.text().startsWith("\"The anchovy quotas")) {
                quote = index.ord(s);
            }
        }
        assertThat(quote).as("the quoted sentence").isNotNegative();
        assertThat(new PronounSpeakers(index).of(quote)).containsAll(index.analysis().queryTerms("Wang vice minister"));
        Answer a = Cores.testCorpus("pronoun-titles").answer("what did the chinese vice minister say about the anchovy quotas");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).contains("unfair");
    }

    @Test
    void whatACountrysOfficeHolderSaidIsAnsweredByTheQuoteTheirSurnameSpeaks() {
        // two reports, two Peruvian trade representatives: "Peruvian Trade Representative Rosa Quispe" … "\"…,\" Quispe said": Quispe speaks for Peru, which the quote does not name
        Answer a = Cores.over(Path.of("src/test/resources/corpora/office-speakers"))
                .answer("what did the peruvian trade representative say about port inspections");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("price of any new quota");
    }
}
