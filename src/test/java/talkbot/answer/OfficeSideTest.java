package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Who was the finnish minister that hosted the talks", over a report whose only minister is China's: the office asked
 * is the host country's, and a person the report gives another country's title does not answer it, from a fact as from a
 * sentence.
 */
class OfficeSideTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("host-minister");

    @Test
    void anotherCountrysMinisterDoesNotAnswer() {
        Answer a = CORE.answer("who was the finnish minister that hosted the talks");
        assertThat(a.answered()).as(a.shortAnswer()).isFalse();
    }

    @Test
    void theMinisterOfTheCountryAskedAnswers() {
        assertThat(CORE.answer("who was the chinese minister at the helsinki talks").shortAnswer()).isEqualTo("Liang Haochen");
    }
}
