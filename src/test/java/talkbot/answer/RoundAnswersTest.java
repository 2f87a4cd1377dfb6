package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Two rounds of the same talks, in Oslo (September 2027) and Lima (November 2027), each with its
 * own venue and Chinese negotiator: a question that names no round gets each round's answer,
 * labelled; one that names its round, or asks for what is not listed, gets one answer.
 */
class RoundAnswersTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/round-answers"));

    @Test
    void aQuestionThatNamesNoRoundGetsEachRoundsAnswerLabelled() {
        Answer a = CORE.answer("which hotel were the talks held at");
        assertThat(a.shortAnswer()).isEqualTo("Miraflores Park Hotel (Lima, November 2027); Holmenkollen Park Hotel (Oslo, September 2027)");
        assertThat(a.reply()).isEqualTo("Two rounds answer this: Lima, November 2027: Miraflores Park Hotel; Oslo, September 2027: Holmenkollen Park Hotel.");
        assertThat(a.sources()).extracting(c -> c.articleId()).containsExactly("lima-round", "oslo-round");
        assertThat(a.byRound()).extracting(RoundAnswer::shortAnswer).containsExactly("Miraflores Park Hotel", "Holmenkollen Park Hotel");
        assertThat(a.choices()).hasSize(2); // a chat still asks back which round is meant
    }

    @Test
    void aQuestionAboutNowLeadsWithTheNewestRound() {
        Answer a = CORE.answer("who heads china's delegation");
        assertThat(a.shortAnswer()).isEqualTo("Wen Shuhua (Lima, November 2027); Lu Guohan (Oslo, September 2027)");
        assertThat(a.reply()).isEqualTo("As of 20 November 2027: Wen Shuhua. Another round: Oslo, September 2027: Lu Guohan.");
        assertThat(a.chosenShort()).isEqualTo("Wen Shuhua");
    }

    @Test
    void aFollowUpGoesOnFromTheChosenRoundsAnswer() {
        Answer a = CORE.answer("who heads china's delegation");
        Answer where = CORE.answer("where?", new Turn(a.question(), a));
        assertThat(where.shortAnswer()).isEqualTo("Lima");
        Answer said = CORE.answer("what did she say?", new Turn(a.question(), a));
        assertThat(said.question()).isEqualTo("what did Wen Shuhua say?"); // "she" is the chosen answer, not the list
    }

    @Test
    void whoElseNamesNoOneTheListGave() {
        Answer a = CORE.answer("who heads china's delegation");
        Answer more = CORE.answer("who else?", new Turn(a.question(), a));
        assertThat(String.valueOf(more.shortAnswer())).doesNotContain("Lu Guohan").doesNotContain("Wen Shuhua");
    }

    @Test
    void roundsThatSayTheSameGiveOneAnswer() {
        assertThat(CORE.answer("who led the american team").shortAnswer()).isEqualTo("Mara Quinn");
        // a figure is one round's, the newest report's
        Answer steel = CORE.answer("what is the us tariff on chinese steel");
        assertThat(steel.byRound()).isEmpty();
        assertThat(steel.shortAnswer()).containsPattern("^20( percent|%)$");
    }

    @Test
    void aQuotationIsOneRoundsWithTheRoundsOffered() {
        Answer a = CORE.answer("what did the negotiators tell reporters after the meeting");
        assertThat(a.answered()).isTrue();
        assertThat(a.byRound()).isEmpty();
        assertThat(a.shortAnswer()).doesNotContain("(Oslo").doesNotContain("(Lima");
    }

    @Test
    void aQuestionThatNamesItsRoundGetsThatRoundsAnswer() {
        assertThat(CORE.answer("which hotel were the talks in lima held at").shortAnswer()).isEqualTo("Miraflores Park Hotel");
        assertThat(CORE.answer("which hotel hosted the oslo talks").shortAnswer()).isEqualTo("Holmenkollen Park Hotel");
    }
}
