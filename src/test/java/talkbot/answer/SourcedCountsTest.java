package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "According to two people familiar with the discussions" counts a report's sources, never what a question counts. */
class SourcedCountsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("sourced-counts");

    @Test
    void theCountOfAReportsSourcesIsNoAnswer() {
        for (String question : new String[] {"how many people were on the us delegation", "how many people were in the american team"}) {
            Answer a = CORE.answer(question);
            assertThat(a.shortAnswer() == null ? "" : a.shortAnswer()).as(question).doesNotContain("two");
        }
        assertThat(CORE.answer("how many officials were on the us delegation").shortAnswer()).contains("14");
    }
}
