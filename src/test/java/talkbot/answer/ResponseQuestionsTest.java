package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.QuestionParser;

/** "How did X respond to Y" asks what X said about Y: "respond" shapes the question, like "describe", and is no word to search. */
class ResponseQuestionsTest {
    private static final Path DIR = Path.of("src/test/resources/corpora/office-speakers");
    private static final QuestionParser PARSER = new QuestionParser(CorpusIndex.build(CorpusLoader.load(DIR)), IntentRouter.load());

    @Test
    void respondingIsNoTermAndTheQuoteAnswers() {
        assertThat(PARSER.parse("how did quispe respond on port inspections").terms()).doesNotContain("respond");
        assertThat(PARSER.parse("how did quispe respond on port inspections").unknownWords()).isEmpty();
        Answer a = Cores.over(DIR).answer("how did quispe respond on port inspections");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("price of any new quota");
    }
}
