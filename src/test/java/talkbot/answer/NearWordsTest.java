package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A figure right after the question's own words answers it: "what rate do the tariffs go back to"
 * is the 34% the rates "would snap back to", not the 10% the truce lowered them to, though the
 * clause of the 10% says more of the question's other words (truce, tariff). The corpus is a copy
 * of an inspected evaluation article (eval/articles/us-china-istanbul-talks-january-2027).
 */
class NearWordsTest {
    private static final Cores.Parts PARTS = Cores.parts("near-words");

    @Test
    void theFigureRightAfterTheQuestionsVerbAnswersIt() {
        assertThat(PARTS.top("if the truce lapses what rate do the tariffs go back to").shortAnswer()).isEqualTo("34%");
        // the other end, asked by its own words
        assertThat(PARTS.top("what did the truce lower the us tariff to").shortAnswer()).isEqualTo("10%");
    }
}
