package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two rounds of the same talks, in Oslo (September 2027) and Lima (November 2027), each with its
 * own venue and Chinese negotiator: a question that names no round gets each round's answer,
 * labelled; one that names its round gets that round's answer only.
 */
class RoundAnswersTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/round-answers"));

    @Test
    void aQuestionThatNamesNoRoundGetsEachRoundsAnswerLabelled() {
        Answer a = CORE.answer("which hotel were the talks held at");
        assertThat(a.shortAnswer()).isEqualTo("Miraflores Park Hotel (Lima, November 2027); Holmenkollen Park Hotel (Oslo, September 2027)");
        assertThat(a.reply()).isEqualTo("That differs by round: Lima, November 2027: Miraflores Park Hotel; Oslo, September 2027: Holmenkollen Park Hotel.");
        assertThat(a.sources()).extracting(c -> c.articleId()).containsExactly("lima-round", "oslo-round");
        assertThat(a.choices()).hasSize(2); // a chat still offers to ask about one round
    }

    @Test
    void aQuestionAboutNowLeadsWithTheNewestRound() {
        Answer a = CORE.answer("who heads china's delegation");
        assertThat(a.shortAnswer()).isEqualTo("Wen Shuhua (Lima, November 2027); Lu Guohan (Oslo, September 2027)");
        assertThat(a.reply()).isEqualTo("As of 20 November 2027: Wen Shuhua. Earlier reports: Oslo, September 2027: Lu Guohan.");
    }

    @Test
    void roundsThatAgreeGiveOneAnswer() {
        assertThat(CORE.answer("who led the american team").shortAnswer()).isEqualTo("Mara Quinn");
    }

    @Test
    void aQuestionThatNamesItsRoundGetsThatRoundsAnswer() {
        assertThat(CORE.answer("which hotel were the talks in lima held at").shortAnswer()).isEqualTo("Miraflores Park Hotel");
        assertThat(CORE.answer("which hotel hosted the oslo talks").shortAnswer()).isEqualTo("Holmenkollen Park Hotel");
    }
}
