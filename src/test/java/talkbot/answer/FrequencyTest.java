package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "How often": answered by how often the sentence says, not by a date or the whole clause. */
class FrequencyTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ministries");

    @Test
    void howOftenIsAnsweredByAFrequency() {
        Answer a = CORE.answer("how often will the rail commission meet");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("every two months");
    }

    @Test
    void theFrequencyOfTheClauseAskedAbout() {
        assertThat(CORE.answer("how frequently will the presidents review the works").shortAnswer()).isEqualTo("twice a year");
    }
}
