package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A why-question is answered by the part of the sentence a causal word opens, not by the clause that restates what was done. */
class ReasonSpansTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("reasons");

    @Test
    void theReasonIsThePartACausalWordOpens() {
        Answer critic = CORE.answer("why did niemi criticise the deal");
        assertThat(critic.answered()).isTrue();
        assertThat(critic.shortAnswer()).startsWith("Saying Finnish sawmills would face cheaper imports");
        assertThat(CORE.answer("why did peru put a levy on finnish paper").shortAnswer())
                .startsWith("Over what it says is Finland's failure to open its fishing waters");
        assertThat(CORE.answer("why were the talks held in helsinki").shortAnswer())
                .startsWith("Because several members of both teams were already in Europe");
    }

    @Test
    void aScheduleIsNoReasonAndOnlyAWhyQuestionAsksForOne() {
        // "due to take effect" is a date, not a cause
        assertThat(CORE.answer("why is the timber tariff due to take effect").shortAnswer()).doesNotStartWith("Due to");
        // "what does peru want" reads as the same intent, but asks for no reason
        Answer wants = CORE.answer("what does peru want from finland");
        assertThat(wants.answered()).isTrue();
        assertThat(wants.shortAnswer()).doesNotStartWith("Over what");
    }

    @Test
    void whyASourceWentUnnamedIsNoReasonForWhatItReports() {
        // "officials who spoke on condition of anonymity because the negotiations were private": why they are unnamed, not why no deal
        Answer salmon = CORE.answer("why was there no deal on salmon");
        assertThat(salmon.answered() ? salmon.shortAnswer() : "").doesNotContain("negotiations were private");
    }
}
