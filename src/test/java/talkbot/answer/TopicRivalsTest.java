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
    void aNewerReportOfTheSameThingStillAnswers() {
        // the January report answers about as well and says "lumber" too: it is newer news of what was asked, and answers as of its date
        Answer a = Cores.over(Path.of("src/test/resources/corpora/topic-rivals-newer")).answer("when does the lower lumber duty kick in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("March 1, 2028");
        assertThat(a.reply()).startsWith("As of 20 January 2028");
    }
}
