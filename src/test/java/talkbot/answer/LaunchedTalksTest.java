package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A report that says where its talks were launched ("The talks were launched in Singapore in June") tells of their first
 * round: that is where the first round was, not the city of the earliest report in the corpus, which is of other talks.
 */
class LaunchedTalksTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("launched-talks");

    @Test
    void theFirstRoundIsWhereTheTalksWereToldToBeLaunched() {
        for (String question : new String[] {"where was the first round", "where did the first round of talks take place"}) {
            Answer a = CORE.answer(question);
            assertThat(a.answered()).as(question).isTrue();
            assertThat(a.shortAnswer()).as(question).contains("Singapore").doesNotContain("Lisbon");
        }
    }

    @Test
    void aRoundNamedByItsCityIsStillThatRound() {
        assertThat(CORE.answer("who led the us side in lisbon").shortAnswer()).contains("Brisco");
    }
}
