package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.Question;
import talkbot.intent.QuestionParser;

/** A pledge in a question is what an article says was promised or committed; a sum asked "in dollars" is written with its sign. */
class PledgesTest {
    private static final Path DIR = Path.of("src/test/resources/corpora/pledges");
    private static final QuestionParser PARSER = new QuestionParser(CorpusIndex.build(CorpusLoader.load(DIR)), IntentRouter.load());
    private static final QuestionAnswerer CORE = Cores.over(DIR);

    @Test
    void theCurrencyASumIsAskedInIsNoWordTheArticleMustSay() {
        Question q = PARSER.parse("how many usd of brazilian meat did turkey pledge");
        assertThat(q.unknownWords()).doesNotContain("dollars", "pledge");
        Answer a = CORE.answer("how many usd of brazilian meat did turkey pledge");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("$3.2 billion");
    }

    @Test
    void aPledgeIsWhatWasCommittedOrPromised() {
        assertThat(PARSER.parse("over how long is the beef purchase pledge spread").unknownWords()).doesNotContain("pledge");
        Answer a = CORE.answer("over how long is the beef purchase pledge spread");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("three years");
    }
}
