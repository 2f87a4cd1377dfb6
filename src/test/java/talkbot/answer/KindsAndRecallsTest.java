package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two reports of one set of talks: a question for a hotel is not answered by a conference center, and a question about
 * the round a report is of is not answered by what the report tells of "those rounds" before it.
 */
class KindsAndRecallsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("kinds-and-recalls");

    @Test
    void aHotelAskedForIsNotABuildingOfAnotherKind() {
        Answer a = CORE.answer("which hotel were the talks held at");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Mamounia").doesNotContain("Conference Center");
        // a building of any kind answers a question that names none
        assertThat(CORE.answer("which building were the kyoto talks held in").shortAnswer()).contains("Kyoto International Conference Center");
    }

    @Test
    void whoLedTheRoundNamedIsNotWhoLedTheRoundsItsReportRecalls() {
        assertThat(CORE.answer("who led the us side in the marrakech talks").shortAnswer()).contains("Okafor").doesNotContain("Whitcombe");
        assertThat(CORE.answer("who led the us side in the earlier rounds").shortAnswer()).contains("Whitcombe");
    }
}
