package talkbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.Sentence;
import talkbot.index.CorpusIndex;
import talkbot.index.Vocabulary;

class SyntheticArticlesTest {
    @Test
    void theSameSeedGivesTheSameArticles_anotherSeedOthers() {
        assertThat(SyntheticArticles.generate(30, 42)).isEqualTo(SyntheticArticles.generate(30, 42));
        assertThat(SyntheticArticles.generate(30, 42)).isNotEqualTo(SyntheticArticles.generate(30, 43));
        assertThat(SyntheticArticles.generate(0, 1)).isEmpty();
    }

    @Test
    void articlesReadLikeNews() {
        List<Article> articles = SyntheticArticles.generate(200, 7);
        Set<String> ids = new HashSet<>();
        int prose = 0;
        int headings = 0;
        int withFigures = 0;
        int withQuotes = 0;
        for (Article a : articles) {
            assertThat(ids.add(a.id())).isTrue();
            assertThat(a.id()).matches("synthetic-\\d{5}");
            assertThat(a.sentences()).hasSizeGreaterThanOrEqualTo(4);
            for (Sentence s : a.sentences()) {
                if (s.heading()) {
                    headings++;
                    continue;
                }
                prose++;
                assertThat(s.text()).matches("[“A-Z].*[.”]");
                withFigures += s.text().matches(".*\\d+(\\.\\d)?%.*") ? 1 : 0;
                withQuotes += s.text().contains("“") ? 1 : 0;
            }
        }
        assertThat(prose).isGreaterThan(200 * 8);
        assertThat(headings).isPositive();
        assertThat(withFigures).isGreaterThan(prose / 10);
        assertThat(withQuotes).isGreaterThan(prose / 20);
    }

    @Test
    void theVocabularyKeepsGrowingWithTheCorpus() {
        Corpus base = CorpusLoader.load(Path.of("corpus"));
        int small = CorpusIndex.build(base.withArticles(SyntheticArticles.generate(100, 5))).vocabulary().size();
        int large = CorpusIndex.build(base.withArticles(SyntheticArticles.generate(1000, 5))).vocabulary().size();
        assertThat(large).isGreaterThan(small * 5 / 2); // ten times the articles: the vocabulary grows, if less than ten-fold
        assertThat(Vocabulary.words("Shares in Kalomi Capital rose 3.5%")).contains("kalomi", "capital");
    }
}
