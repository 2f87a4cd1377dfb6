package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Of two dates in a sentence, the one the question's own words stand next to is the one it asks for. */
class DateOfTheAskedEventTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("dates");

    @Test
    void theDateRightAfterTheQuestionsWordsAnswers() {
        // "meet in Cuenca on September 8 to finalise the water rules, which are due to take effect on January 1"
        Answer a = CORE.answer("when do the new water rules take effect");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("January 1");
    }

    @Test
    void theNounBeforeANameSaysWhatItIsEvenWithOf() {
        Answer a = CORE.answer("what suburb of quito did paredes tour");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Cumbaya");
    }

    @Test
    void aDateOwnsTheWordsRightAfterItsPossessive() {
        // "Monday's call ... following a call in early May": the call asked about is Monday's
        Answer a = CORE.answer("when was the call between paredes and mora");
        assertThat(a.shortAnswer()).contains("Monday");
    }
}
