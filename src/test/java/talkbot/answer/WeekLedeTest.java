package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Agreed this week" dates the agreement to some day of the week, not to its Monday: the day the talks started is said elsewhere. */
class WeekLedeTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("week-lede");

    @Test
    void theDayTheTalksStartedIsNotTheMondayOfTheWeekTheyWereIn() {
        Answer a = CORE.answer("what day did the denver talks start");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Tuesday 21 September");
    }
}
