package talkbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.reading.NameFinder;

/** A sentence read alone, when a search first needs it, reads as it does with its whole article. */
class SentenceReaderTest {
    @ParameterizedTest
    @ValueSource(strings = {"corpus", "eval/articles", "src/test/resources/corpora/rounds"})
    void aSentenceReadAloneIsReadAsWithItsArticle(String folder) {
        Corpus corpus = CorpusLoader.load(Path.of(folder));
        TextAnalysis analysis = TextAnalysis.withSynonyms(corpus.synonymRules());
        SentenceReader reader = new SentenceReader(analysis, new NameFinder(corpus.knownNames()));
        int speakers = 0;
        for (Article a : corpus.articles()) {
            var whole = reader.read(a);
            for (int n = 1; n <= a.sentences().size(); n++) {
                assertThat(reader.read(a, n)).as(a.id() + " sentence " + n).isEqualTo(whole.get(n - 1));
                speakers += whole.get(n - 1).speakerHint() == null ? 0 : 1;
            }
        }
        assertThat(speakers).as("some pronouns stand for a person named before").isPositive();
    }
}
