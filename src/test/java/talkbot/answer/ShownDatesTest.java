package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A day written without its year is shown with the year it means: the talks run over years. */
class ShownDatesTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ministries");

    @Test
    void aDayWithoutItsYearIsShownWithIt() {
        Answer a = CORE.answer("when will the first trains run on the rail link");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).containsPattern("March 3 \\[(?:\\w+ )?3 March 2027\\]");
    }
}
