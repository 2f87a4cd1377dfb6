package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A newer report answers in place of the best only when it speaks of the same thing: "lumber", not another tariff. */
class TopicRivalsTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/topic-rivals"));

    @Test
    void aNewerReportOfAnotherTariffDoesNotAnswer() {
        Answer a = CORE.answer("when does the lower lumber duty kick in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("February 1, 2028");
    }

    @Test
    void theNewerReportStillAnswersWhatItIsAbout() {
        assertThat(CORE.answer("when does the lower fentanyl tariff kick in").shortAnswer()).contains("April 1");
    }
}
