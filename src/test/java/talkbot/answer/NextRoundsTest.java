package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.intent.AnswerType;
import talkbot.intent.Intent;

/**
 * The next round asked of reports of two negotiations (Estonia–Chile in Tallinn, Australia–Kenya in Perth, with a preview
 * of the Perth round): each report announces its own next round, so each one's day is listed, labelled by its round; the
 * Perth report announces its next one without "next" ("the third round is scheduled to take place in Nairobi"), and the
 * preview's "set to resume trade talks in Perth on Monday" is the Perth round itself, not one to come.
 */
class NextRoundsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("next-rounds");

    @Test
    void theDayOfEachReportsNextRoundIsListedWithoutWeekdays() {
        Answer a = CORE.answer("when is the next round");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("March 15–16, 2027 (Tallinn, February 2027)").contains("May 10, 2027 (Perth, April 2027)")
                .doesNotContain("Monday");
        assertThat(a.shortAnswer().length()).isLessThanOrEqualTo(Answer.SHORT_LIMIT);
        assertThat(a.byRound()).hasSize(2);
        // the reply keeps each day whole
        assertThat(a.reply()).startsWith("Two rounds answer this:").contains("Monday, March 15 and Tuesday, March 16, 2027");
    }

    @Test
    void aRoundAnnouncedWithoutTheWordNextIsTheNextRoundButAPreviewOfTheReportsOwnRoundIsNot() {
        Answer a = CORE.answer("where is the next round");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Nairobi").contains("Santiago").doesNotContain("Perth (");
    }

    @Test
    void aWordThatJoinsTheQuestionToTheChatDoesNotHideWhatItAsks() {
        var parts = Cores.parts("next-rounds");
        assertThat(parts.parser().parse("and when is the next round gonna be").intent()).isEqualTo(Intent.WHEN);
        assertThat(CORE.answer("and when is the next round gonna be").shortAnswer()).contains("March 15–16, 2027");
    }

    @Test
    void theNextRoundsDateAndPlaceAsNounsAreADayAndAPlace() {
        var parts = Cores.parts("next-rounds");
        assertThat(parts.parser().parse("next round date and place?").type()).isEqualTo(AnswerType.DATE);
        Answer a = CORE.answer("next round date and place?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("March 15–16, 2027, Santiago").contains("Nairobi");
    }
}
