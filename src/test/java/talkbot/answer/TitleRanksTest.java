package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A rank the question does not say makes another office: the deputy is not the trade representative. */
class TitleRanksTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ranks");

    @Test
    void theTitleWithoutARankIsTheOneAsked() {
        Answer a = CORE.answer("who is the trade representative");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Elena Fuentes");
        assertThat(CORE.answer("who is norway's fisheries minister").shortAnswer()).isEqualTo("Kari Lunde");
    }

    @Test
    void aRankTheQuestionSaysIsAskedFor() {
        assertThat(CORE.answer("who is the deputy trade representative").shortAnswer()).isEqualTo("Tomas Vidal");
        assertThat(CORE.answer("who is norway's vice fisheries minister").shortAnswer()).isEqualTo("Ola Strand");
    }
}
