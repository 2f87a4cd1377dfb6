package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A sentence that dates when something starts to apply ("will rise … from January 1, 2030") says
 * when it "kicks in" or "takes effect", though it uses neither word: the question's words of
 * starting count as said, and the answer clears the threshold.
 */
class OnsetSaidTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("onset-said");

    @Test
    void aDateFromWhichSomethingAppliesSaysWhenItKicksIn() {
        Answer a = CORE.answer("when does the bigger salmon quota kick in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("January 1, 2030");
    }

    @Test
    void aQuestionThatAsksNoStartGainsNothing() {
        // the same sentence, asked what the quota rises to: a figure, not a date
        Answer a = CORE.answer("what will the salmon quota rise to");
        assertThat(a.shortAnswer()).contains("9,000");
    }

    @Test
    void aMoveIsToldWithTheLevelItEndedAt() {
        // not a figure of starting, but read off the same kind of report: how far, and to where
        Answer a = CORE.answer("how did salmon futures react to the quota news");
        assertThat(a.shortAnswer()).isEqualTo("0.9% to $10.46");
    }
}
