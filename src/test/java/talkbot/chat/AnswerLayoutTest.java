package talkbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.answer.Answer;
import talkbot.answer.RoundAnswer;
import talkbot.corpus.Citation;
import talkbot.intent.Intent;

class AnswerLayoutTest {
    private static final String SENTENCE = "The negotiations were held at the Hanbit Tower conference centre in the South Korean capital.";
    private static final Citation SOURCE = new Citation("seoul", "US and China extend truce", LocalDate.of(2027, 6, 18), SENTENCE);

    @Test
    void aDirectAnswerTheReplyOpensWithIsShownOnceAboveItsQuotation() {
        Answer a = new Answer("where were the talks held", true, Intent.WHERE, "Hanbit Tower, Seoul",
                "Hanbit Tower, Seoul. " + SENTENCE, List.of(SOURCE), 0.7);
        Section s = AnswerLayout.of(a);
        assertThat(s.title()).isEqualTo("Hanbit Tower, Seoul");
        assertThat(s.text()).isNull();
        assertThat(s.quotes()).extracting(Citation::sentence).containsExactly(SENTENCE);
    }

    @Test
    void aReplyThatOnlyStartsLikeTheDirectAnswerKeepsItsText() {
        Answer a = new Answer("where were the talks held", true, Intent.WHERE, "Hanbit Tower",
                "Hanbit Tower. Officials said the venue was chosen in May.", List.of(SOURCE), 0.7);
        assertThat(AnswerLayout.of(a).text()).isEqualTo("Hanbit Tower. Officials said the venue was chosen in May.");
    }

    @Test
    void eachRoundsAnswerIsShownOnceInTheReplyWithEachRoundsSentence() {
        Citation other = new Citation("oslo", "Oslo talks", java.time.LocalDate.of(2027, 9, 10), "The talks were held at the Holmenkollen Park Hotel.");
        Answer a = new Answer("which hotel were the talks held at", true, Intent.WHERE,
                "Hanbit Tower (Seoul, June 2027); Holmenkollen Park Hotel (Oslo, September 2027)",
                "That differs by round: Seoul, June 2027: Hanbit Tower; Oslo, September 2027: Holmenkollen Park Hotel.",
                List.of(SOURCE, other), 0.7, List.of(),
                List.of(new RoundAnswer("Seoul, June 2027", "Hanbit Tower", SOURCE), new RoundAnswer("Oslo, September 2027", "Holmenkollen Park Hotel", other)));
        Section s = AnswerLayout.of(a);
        assertThat(s.title()).isNull();
        assertThat(s.text()).startsWith("That differs by round: ");
        assertThat(s.quotes()).extracting(Citation::sentence).containsExactly(SENTENCE, "The talks were held at the Holmenkollen Park Hotel.");
    }
}
