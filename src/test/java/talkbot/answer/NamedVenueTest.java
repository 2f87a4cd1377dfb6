package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A venue named "Palace of … and …"; "where were the X talks held" asks for the venue; a think
 * tank, a title after a possessive, a figure a party charges, a sum asked in dollars, a meeting's
 * day against a deadline's, a truce extended into the next year, "SA" and "cud" in chat.
 */
class NamedVenueTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("named-venue");
    private static final Cores.Parts PARTS = Cores.parts("named-venue");

    @Test
    void aPalaceOfScienceAndCultureIsOneVenueAndAnswersWhereTheCityRoundWasHeld() {
        for (String q : new String[] {"which building hosted the budapest round", "where were the budapest talks held"}) {
            Answer a = CORE.answer(q);
            assertThat(a.answered()).as(q).isTrue();
            assertThat(a.shortAnswer()).as(q).isEqualTo("Palace of Science and Culture");
        }
    }

    @Test
    void aThinkTankIsAnOrganisationAndNotAnUnknownWord() {
        var q = PARTS.parser().parse("which think tank is samuel otieno with");
        assertThat(q.unknownWords()).doesNotContain("think", "tank");
        Answer a = CORE.answer("which think tank is samuel otieno with");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Institute for Andean Trade Studies");
    }

    @Test
    void whoIsSomeoneNamedWithAPossessiveTitle() {
        Answer a = CORE.answer("who is pilar ovalle");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Chile's deputy international trade negotiator");
    }

    @Test
    void whatAPartyChargesIsAFigureAndDollarsAskAMoneySum() {
        assertThat(CORE.answer("and what was nairobi charging on chilean wine before the budapest deal").shortAnswer()).isEqualTo("35%");
        assertThat(CORE.answer("how much $ of copper, salmon and fruit is in the deal").shortAnswer()).isEqualTo("$3 billion");
        assertThat(PARTS.parser().parse("what was the charge against the executives").shape().type()).isNotEqualTo(talkbot.intent.AnswerType.FIGURE);
    }

    @Test
    void whenTheyMeetAgainIsNotTheDeadlineAndATerseDeadlineQuestionAsksADay() {
        String next = CORE.answer("when is the next round of talks").shortAnswer();
        assertThat(talkbot.time.DateFormat.says(next, java.time.LocalDate.of(2027, 4, 8))).as(next).isTrue();
        assertThat(talkbot.time.DateFormat.says(next, java.time.LocalDate.of(2027, 4, 30))).as(next).isFalse();
        assertThat(CORE.answer("deadline to sort out the copper issue?").shortAnswer()).contains("April 30");
        // a question of what must be done by when still asks the deadline
        assertThat(CORE.answer("when must they settle the copper question").shortAnswer()).contains("April 30");
    }

    @Test
    void aPauseExtendedUntilAMonthPastIsExtendedIntoTheNextYear() {
        Answer a = CORE.answer("till when is the tea duty pause extended now");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("December 31, 2027");
        Answer quota = CORE.answer("till when is the fruit quota extended");
        assertThat(quota.shortAnswer()).contains("June 30, 2027");
    }

    @Test
    void inExchangeForIsInReturnFor() {
        var q = PARTS.parser().parse("what did chile pledge in exchange for the wine cut");
        assertThat(q.corrected()).contains("in return for");
        assertThat(CORE.answer("what did chile pledge in exchange for the wine cut").reply()).contains("fertiliser");
    }

    @Test
    void chatShorthandForCouldAndSouthAfricaIsRead() {
        var q = PARTS.parser().parse("how much cud the wine cut save SA growers");
        assertThat(q.corrected()).contains("how much could the wine cut");
        assertThat(q.shape().measured()).isNull();
        assertThat(q.unknownWords()).doesNotContain("cud");
        assertThat(PARTS.parser().parse("what was the duty on SA wine").corrected()).contains("south africa wine");
    }

    @Test
    void aNewExpiryDateIsTheOneInForceAndGoingUpAsksTheNewFigure() {
        assertThat(CORE.answer("new expiry date of the wine quota?").shortAnswer()).contains("September 15").doesNotContain("March");
        Answer rise = CORE.answer("tea duty going up to how much and when");
        assertThat(rise.shortAnswer()).contains("9%").contains("July 1").doesNotContain("4%");
        assertThat(PARTS.parser().parse("tea duty going up to how much and when").shape().measured()).isNull();
    }

    @Test
    void aSecondQuestionAfterAndAsksForThePersonsOrganisationOrTitle() {
        Answer org = CORE.answer("who said wine is the easy part and what think tank is he with");
        assertThat(org.shortAnswer()).isEqualTo("Samuel Otieno, Institute for Andean Trade Studies");
        Answer title = CORE.answer("who led kenya's delegation and what's her title");
        assertThat(title.shortAnswer()).isEqualTo("Amina Wekesa, Trade Cabinet Secretary");
    }
}
