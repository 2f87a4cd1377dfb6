package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "What did X say" is answered with X's reported speech and, when the next sentence goes on with X's
 * own words in quotation marks ("…," she said), with those words too; a next sentence of anything
 * else is not shown with it.
 */
class QuoteAfterTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("quote-after");

    @Test
    void theQuotedWordsAfterReportedSpeechAreShownWithIt() {
        Answer a = CORE.answer("what did the fisheries minister say about the phase in");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).contains("would give processors time to adjust").contains("need three years, not three months");
        assertThat(a.sources()).hasSize(2);
    }

    @Test
    void aNextSentenceThatQuotesNoOneIsNotShown() {
        Answer a = CORE.answer("what did feeney say about the deal");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).doesNotContain("40,000 tonnes");
    }

    @Test
    void onlyASentenceThatReportsSpeechTakesTheQuoteAfterIt() {
        assertThat(QuoteAfter.follows("Dahl said the phase-in would help.", "\"Our plants need three years, not three months,\" she said."))
                .isTrue();
        assertThat(QuoteAfter.follows("The quota will rise to 40,000 tonnes.", "\"Our plants need three years, not three months,\" she said."))
                .isFalse();
        assertThat(QuoteAfter.follows("Dahl said the phase-in would help.", "The quota will rise to 40,000 tonnes by 2032.")).isFalse();
    }
}
