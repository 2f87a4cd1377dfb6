package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "From what to what" is answered by a change with both ends, whatever single figure comes first in the sentence. */
class BothEndsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("both-ends");

    @Test
    void aChangeWithBothEndsAnswersThoughALoneFigureComesFirst() {
        // "a 10% border duty" opens the sentence, alone; "from 10% to 35%" is the change
        Answer a = CORE.answer("togo duties on ghana went from what to what?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("from 10% to 35%");
    }

    @Test
    void theFromAndToOfTheQuestionAreNoEcho() {
        // the answer says "from" and "to" because the question asks for both ends, not because it repeats the question
        talkbot.intent.QuestionParser parser = Cores.parts("both-ends").parser();
        assertThat(SentenceRanker.echoed(parser.parse("togo duty - from what to what"))).doesNotContain("from", "to");
        assertThat(SentenceRanker.echoed(parser.parse("what did togo move its duty from"))).contains("from");
    }

    @Test
    void byHowMuchIsTheChangeNotTheLevelItReached() {
        // "fell about 18%, with exports dropping to roughly $90 million": the drop is the 18%, $90 million is where one part of it ended
        Answer a = CORE.answer("by how much did ghana-togo trade drop last year");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("18%");
    }
}
