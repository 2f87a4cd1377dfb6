package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dates in answers: a day without its year is shown with the year it means; a place is the one written with the time asked. */
class ShownDatesTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ministries");

    @Test
    void aDayWithoutItsYearIsShownWithIt() {
        Answer a = CORE.answer("when will the first trains run on the rail link");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).containsPattern("March 3 \\[(?:\\w+ )?3 March 2027\\]");
    }

    @Test
    void aDateAfterSinceIsNotWhenItHappens() {
        assertThat(CORE.answer("when is vargas going to visit peru").shortAnswer()).contains("August 14");
        assertThat(CORE.answer("when had vargas last visited peru before this").shortAnswer()).contains("2019");
    }

    @Test
    void thePlaceWrittenWithTheMonthAskedAnswersWhere() {
        Answer a = CORE.answer("where did vargas and salas meet in may");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Puno");
    }
}
