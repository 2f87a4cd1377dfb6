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
        Question q = PARSER.parse("how many usd of brazilian beef did turkey pledge");
        assertThat(q.unknownWords()).doesNotContain("dollars", "pledge");
        Answer a = CORE.answer("how many usd of brazilian beef did turkey pledge");
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

    @Test
    void whatWasBoughtSoFarIsNotWhatWasPledged() {
        // "Turkey has also pledged to buy 2 million tonnes of Brazilian corn" against "Turkish importers had bought about 800,000 tonnes"
        assertThat(CORE.answer("how much corn has turkey actually bought so far").shortAnswer()).contains("800,000");
        // the promise, asked for, is still the promise
        assertThat(CORE.answer("how much corn did turkey pledge to buy").shortAnswer()).contains("2 million");
    }

    @Test
    void inOneSentenceThePromiseIsTheFirstFigureAndWhatWasDoneTheSecond() {
        // "Turkey pledged to buy 2 million tonnes of Brazilian wheat this year and had bought about 600,000 tonnes of wheat by Jan. 30."
        assertThat(CORE.answer("how much wheat has turkey actually bought so far").shortAnswer()).contains("600,000");
        assertThat(CORE.answer("how much wheat did turkey pledge to buy this year").shortAnswer()).contains("2 million");
    }
}
