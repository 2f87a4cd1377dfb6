package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import talkbot.intent.AnswerType;
import talkbot.time.DateFormat;

/**
 * Where and when of a round its report tells in its own words: a venue joined by a foreign
 * particle and set beside a building's noun; the round before the one named, which its report
 * recalls; a terse deadline question, not answered by a day set before the deadline; "who is X
 * with" asks for the organisation X is with.
 */
class ForeignVenueTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("foreign-venue");
    private static final Cores.Parts PARTS = Cores.parts("foreign-venue");

    @Test
    void aForeignPalaceSetBesideABuildingsNounIsTheVenue() {
        Answer a = CORE.answer("what building were the bratislava talks held in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Palácio dos Arcos");
    }

    @Test
    void theRoundBeforeTheOneNamedIsTheOneItsReportRecalls() {
        Answer a = CORE.answer("where was the round before bratislava held");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Vienna");
    }

    @Test
    void aTerseDeadlineQuestionIsNotAnsweredByADaySetBeforeTheDeadline() {
        assertThat(PARTS.parser().parse("truce deadline?").shape().type()).isEqualTo(AnswerType.DATE);
        String deadline = CORE.answer("truce deadline?").shortAnswer();
        assertThat(DateFormat.says(deadline, LocalDate.of(2027, 8, 2))).as(deadline).isTrue();
        assertThat(DateFormat.says(deadline, LocalDate.of(2027, 7, 20))).as(deadline).isFalse();
    }

    @Test
    void whoSomeoneIsWithIsTheirOrganisation() {
        assertThat(PARTS.parser().parse("who is teodora vasquez with").shape().type()).isEqualTo(AnswerType.ORG);
        assertThat(CORE.answer("who is teodora vasquez with").shortAnswer()).isEqualTo("Andean Commerce Institute");
        // not whom someone is with, nor whom they are meeting
        assertThat(PARTS.parser().parse("who is she with").shape().type()).isNotEqualTo(AnswerType.ORG);
        assertThat(PARTS.parser().parse("who is lunde meeting with").shape().type()).isNotEqualTo(AnswerType.ORG);
    }
}
