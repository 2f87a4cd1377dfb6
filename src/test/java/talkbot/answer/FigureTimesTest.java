package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A figure question that names a time ("last year") takes the figure written with that time, not another in the same clause. */
class FigureTimesTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/figure-times"));

    @Test
    void theFigureOfTheTimeAskedAnswers() {
        Answer a = CORE.answer("how much cocoa did us buyers take from ghana last yr");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("about 250,000 tonnes");
    }

    @Test
    void withNoTimeAskedTheFigureOfTheAgreementAnswers() {
        assertThat(CORE.answer("how much cocoa will us buyers take from ghana under the deal").shortAnswer()).isEqualTo("at least 400,000 tonnes");
    }
}
