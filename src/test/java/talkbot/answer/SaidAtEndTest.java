package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "What did the us trade rep tell reporters after the estonia talks ended": "after the talks ended" says when it was said,
 * not what; the quotation is found by its speaker, not by a sentence that says the talks ended.
 */
class SaidAtEndTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("said-at-end");

    @Test
    void whenSomethingWasSaidIsNotWhatWasSaid() {
        for (String question : new String[] {"what did the us trade rep tell reporters after the tallinn talks ended",
                "what did ellison say when the talks wrapped up"}) {
            Answer a = CORE.answer(question);
            assertThat(a.answered()).as(question).isTrue();
            assertThat(a.shortAnswer()).as(question).contains("real win");
        }
    }
}
