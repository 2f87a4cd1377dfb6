package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "How many officials" counts whole officials: not the "1.17" of "the euro firmed to 1.17 per dollar", nor "12 Airbus jets". */
class CountedThingsTest {
    private static final Cores.Parts PARTS = Cores.parts("counts");
    private static final QuestionAnswerer CORE = Cores.testCorpus("counts");

    @Test
    void aCountIsNoFraction() {
        assertThat(PARTS.candidates("how many officials were in the lithuanian delegation"))
                .noneMatch(c -> c.typed() && (c.shortAnswer().contains("1.17") || c.shortAnswer().contains("12")));
        assertThat(PARTS.candidates("what was the euro trading at after the announcement"))
                .anyMatch(c -> c.typed() && c.shortAnswer().contains("1.17"));
    }

    @Test
    void aFigureAskedInNoUnitIsStillAnswered() {
        // a bare number asked in no unit at all: an answer, not a failure to read the question
        Answer a = CORE.answer("how big is the airbus order");
        assertThat(a.reply()).doesNotContain("could not work that question out");
        assertThat(a.shortAnswer()).isEqualTo("12");
    }
}
