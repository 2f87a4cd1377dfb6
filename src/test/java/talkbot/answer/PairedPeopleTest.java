package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "The two leaders met at ...": the two people the article's title names, asked about by name. */
class PairedPeopleTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ministries");

    @Test
    void theTwoLeadersAreThePeopleTheTitleNames() {
        Answer a = CORE.answer("where exactly in arica did vargas and salas meet");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Morro Palace");
    }
}
