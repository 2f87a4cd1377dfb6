package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "What days" asks for more than one day: the day the deal was announced does not say which days the talks took. */
class DaysAskedTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("days-asked");

    @Test
    void whatDaysIsAnsweredByTheDaysNotByTheDayOfTheAnnouncement() {
        // the opening sentence holds more of the question's words, but its one day is when the deal was announced
        Answer a = CORE.answer("what days did the valletta negotiations take place on");
        assertThat(a.shortAnswer() == null ? "" : a.shortAnswer()).doesNotContain("Thursday");
        assertThat(Cores.parts("days-asked").candidates("what days did the valletta negotiations take place on"))
                .filteredOn(Candidate::typed).extracting(Candidate::shortAnswer)
                .contains("Monday 11 May and Tuesday 12 May 2026").doesNotContain("Thursday 14 May 2026");
    }

    @Test
    void whatDayIsStillOneDay() {
        Answer a = CORE.answer("what day did they agree the olive oil quotas");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Thursday 14 May 2026");
    }
}
