package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A round named by a country its report never writes, only its adjective ("the portugal round" of
 * talks "in the Portuguese capital"), and a question of nothing but that round's days.
 */
class CountryUnsaidTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("country-unsaid");
    private static final Cores.Parts PARTS = Cores.parts("country-unsaid");

    @Test
    void theRoundsWordsAreTheOnesItsReportWrites() {
        var q = PARTS.parser().parse("who led japan's team in portugal");
        assertThat(q.scope().places()).contains("portugal");
        var written = q.terms().stream().filter(t -> t.startsWith("portug")).toList();
        assertThat(written).contains("portugues"); // searched as the report writes it: "Portuguese"
        assertThat(q.scope().terms()).containsAll(written);
    }

    @Test
    void theDaysOfTheRoundNamedAreItsOwnNotTheDayADealRunsTo() {
        Answer days = CORE.answer("what dates did the portugal round run");
        assertThat(days.answered()).isTrue();
        assertThat(days.shortAnswer()).contains("June 10").contains("June 11, 2026").doesNotContain("2027");
    }
}
