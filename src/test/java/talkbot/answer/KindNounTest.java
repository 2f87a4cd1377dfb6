package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "What valley", "what island": the noun the question asks by names the answer, right after the name it describes. */
class KindNounTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ministries");

    @Test
    void theNameRightBeforeTheAskedNounAnswers() {
        Answer a = CORE.answer("what valley did the presidents dine in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Camarones");
    }

    @Test
    void whereWithAKindNounAsksForThatKind() {
        // (the span of the kind asked ranks first; its confidence, fitted on the evaluation sets, is no part of what this tests)
        assertThat(Cores.parts("ministries").top("what valley was the dinner held in?").shortAnswer()).isEqualTo("Camarones");
    }

    @Test
    void aDistrictIsAskedByAnyOfItsNounsAndAnsweredByTheNameBeforeIt() {
        for (String question : new String[] {"which district of lima was the venue in", "what part of lima did the gas talks take place in",
                "lima gas talks - what neighbourhood were they in"}) {
            Answer a = CORE.answer(question);
            assertThat(a.answered()).as(question).isTrue();
            assertThat(a.shortAnswer()).as(question).isEqualTo("San Isidro");
        }
    }

    @Test
    void percentagePointsAnswerHowMuchGrowthAsAPercent() {
        Answer a = CORE.answer("by what percent could the rail link boost peru's growth");
        assertThat(a.shortAnswer()).contains("0.4");
    }
}
