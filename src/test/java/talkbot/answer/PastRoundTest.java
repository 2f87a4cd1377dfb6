package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question about when or where the talks took place is answered by the round the report is about:
 * not by the next round it announces, nor by an earlier round its timeline recalls at another city.
 */
class PastRoundTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("past-rounds");

    @Test
    void theDaysTheTalksWereHeldAreNotTheDaysOfTheNextRound() {
        Answer a = CORE.answer("which days were the talks held");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("1 November").doesNotContain("December").doesNotContain("September");
    }

    @Test
    void theBuildingOfTheTalksIsNotAnotherRoundsCity() {
        Answer a = CORE.answer("which building were the talks held in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Holmenkollen Park Hotel");
    }

    @Test
    void theNextRoundIsStillAnsweredByTheAnnouncement() {
        Answer a = CORE.answer("when will they meet next");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("December");
    }

    @Test
    void anEarlierRoundAskedAboutIsAnsweredByTheTimeline() {
        Answer a = CORE.answer("where was the second round held");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Tromso");
    }
}
