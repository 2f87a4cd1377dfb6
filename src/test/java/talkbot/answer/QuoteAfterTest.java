package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "What did X say" is answered with X's reported speech and, when the next sentence goes on with X's
 * own words in quotation marks ("…," she said), with those words too; a next sentence of anything
 * else is not shown with it. A why-question whose sentence gives no reason is answered with the next
 * sentence too.
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
    void aWhyTheSentenceDoesNotTellIsToldByTheNextOne() {
        Answer a = CORE.answer("why did iceland refuse to cut the lamb tariff");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).contains("refused to cut its tariff on U.S. lamb").contains("sheep farmers in the north depend");
    }

    @Test
    void onlyASentenceThatReportsSpeechTakesTheQuoteAfterIt() {
        String quote = "\"Our plants need three years, not three months,\" she said.";
        assertThat(QuoteAfter.follows("Dahl said the phase-in would help.", quote, "Ingrid Dahl")).isTrue();
        assertThat(QuoteAfter.follows("The quota will rise to 40,000 tonnes.", quote, "Ingrid Dahl")).isFalse();
        assertThat(QuoteAfter.follows("Dahl said the phase-in would help.", "The quota will rise to 40,000 tonnes by 2032.", "Ingrid Dahl"))
                .isFalse();
        // the pronoun stands for someone else than the sentence reports: not their words
        assertThat(QuoteAfter.follows("Feeney said Iceland must open its market.", quote, "Ingrid Dahl")).isFalse();
        // a quotation goes on in the next sentence a pronoun opens with a word of saying
        assertThat(QuoteAfter.follows("\"It's a good deal,\" Dahl said.", "She acknowledged that the outcome was not ideal.", "Ingrid Dahl"))
                .isTrue();
        assertThat(QuoteAfter.follows("\"It's a good deal,\" Dahl said.", "She left for Oslo on Friday.", "Ingrid Dahl")).isFalse();
    }

    @Test
    void theSentenceAfterAWhyAnswerMustGiveAReason() {
        assertThat(QuoteAfter.givesReason("Officials said sheep farmers depend on the protected market.")).isTrue();
        assertThat(QuoteAfter.givesReason("The reduction comes in response to Beijing's decision last month.")).isTrue();
        assertThat(QuoteAfter.givesReason("Separately, the krona fell 0.3% against the dollar.")).isFalse();
    }
}
