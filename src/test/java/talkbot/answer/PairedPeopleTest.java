package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who a question means by the people it names or the titles it says: "the two leaders" of the title, a "chief" only when asked for. */
class PairedPeopleTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ministries");

    @Test
    void theTwoLeadersAreThePeopleTheTitleNames() {
        Answer a = CORE.answer("where exactly in arica did vargas and salas meet");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Morro Palace");
    }

    @Test
    void aTitleMatchesOnlyInWordsTheQuestionSays() {
        // "led" is searched as "chief" too, but "who led" does not ask for the chief negotiator
        Answer a = CORE.answer("who led the peruvian team at the arica summit");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).startsWith("Carla Ibarra");
    }
}
