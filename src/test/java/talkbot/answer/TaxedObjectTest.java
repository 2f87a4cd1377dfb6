package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rate asked of a thing the report never taxes is not answered with another thing's rate: "tariff
 * on norwegian cars?", "what tariff do norwegian cars face", "what tariff does the us put on
 * norwegian salmon" — whatever words stand between "on" and the thing ("eu", "u.s.", "south african").
 */
class TaxedObjectTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("demands");
    private static final Cores.Parts PARTS = Cores.parts("demands");

    @Test
    void aRateOnSomethingTheReportNeverTaxesIsNotAnswered() {
        for (String q : java.util.List.of("norway's tariff on us cars now?", "what tariff do us cars face in norway",
                "what tariff does norway put on us cars now")) {
            // no rate of the report is one on cars: none is a figure that answers, however it ranks
            assertThat(PARTS.candidates(q)).noneMatch(c -> c.typed() && c.shortAnswer().endsWith("%"));
        }
        assertThat(CORE.answer("norway's tariff on us cars now?").answered()).isFalse();
        assertThat(CORE.answer("what tariff do us cars face in norway").answered()).isFalse();
        assertThat(CORE.answer("what tariff does norway put on us cars now").answered()).isFalse();
    }

    @Test
    void aRateOnWhatTheReportTaxesIsAnswered() {
        assertThat(CORE.answer("tariff on u.s. fish feed now?").shortAnswer()).isEqualTo("6%");
        assertThat(CORE.answer("what tariff does norway put on us fish feed now").shortAnswer()).isEqualTo("6%");
        assertThat(CORE.answer("norway's tariff on us made fish feed now?").shortAnswer()).isEqualTo("6%"); // "made" is no thing taxed
    }
}
