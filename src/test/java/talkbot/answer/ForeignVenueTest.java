package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.intent.AnswerType;

/**
 * A venue joined by a foreign particle and set beside a building's noun; the round before the one
 * named; terse questions of a quota, of a tariff on over-quota goods and of a deadline; the old
 * end of a change a party "agreed to raise"; a figure in cents; sales lost asked as money; a
 * reference to "the two countries" that is no figure; "who is X with" asks for an organisation;
 * initials ("mrp", "WG") stand for the phrase the articles write.
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
    void aTerseQuotaQuestionAsksTheNewLevelNotHowFarSomethingFell() {
        assertThat(PARTS.parser().parse("new fishmeal quota for peru?").shape().type()).isEqualTo(AnswerType.FIGURE);
        assertThat(CORE.answer("new fishmeal quota for peru?").shortAnswer()).isEqualTo("55,000 tonnes");
    }

    @Test
    void theTariffOnOverQuotaGoodsIsARate() {
        assertThat(CORE.answer("tarrif on over-quota peruvian fishmeal now").shortAnswer()).isEqualTo("12%");
        assertThat(CORE.answer("what was the norwegian duty on peruvian fishmeal above the quota before the june talks").shortAnswer())
                .isEqualTo("30%");
    }

    @Test
    void whatAPartyChargedBeforeItAgreedToRaiseItIsTheOldEnd() {
        assertThat(CORE.answer("what was peru charging on chinese-made trucks before it agreed to raise it").shortAnswer()).isEqualTo("10%");
        assertThat(CORE.answer("what was the duty on those chinese trucks before the deal").shortAnswer()).isEqualTo("10%");
    }

    @Test
    void theTwoCountriesIsNoFigureAndCentsAreMoney() {
        assertThat(CORE.answer("how big is the peru norway fishmeal trade per yr").shortAnswer()).isEqualTo("about $900 million");
        assertThat(CORE.answer("what minimum price did peru propose for frozen squid").shortAnswer()).isEqualTo("38 cents");
    }

    @Test
    void salesLostAreMoneyThoughTheQuestionNamesADuty() {
        assertThat(PARTS.parser().parse("how much in sales have squid exporters lost since the duty was imposed").shape().unit())
                .isEqualTo("money");
        assertThat(CORE.answer("how much in sales have squid exporters lost since the duty was imposed").shortAnswer())
                .isEqualTo("about $75 million");
    }

    @Test
    void aTerseDeadlineQuestionIsNotAnsweredByADaySetBeforeTheDeadline() {
        assertThat(PARTS.parser().parse("truce deadline?").shape().type()).isEqualTo(AnswerType.DATE);
        assertThat(CORE.answer("truce deadline?").shortAnswer()).contains("August 2").doesNotContain("July 20");
    }

    @Test
    void whoSomeoneIsWithIsTheirOrganisation() {
        assertThat(PARTS.parser().parse("who is teodora vasquez with").shape().type()).isEqualTo(AnswerType.ORG);
        assertThat(CORE.answer("who is teodora vasquez with").shortAnswer()).isEqualTo("Andean Commerce Institute");
        assertThat(PARTS.parser().parse("who is she with").shape().type()).isNotEqualTo(AnswerType.ORG);
    }

    @Test
    void initialsStandForThePhraseTheArticlesWrite() {
        assertThat(PARTS.parser().parse("peru mrp for frozen squid?").corrected()).contains("minimum reference price");
        assertThat(CORE.answer("peru mrp for frozen squid?").shortAnswer()).isEqualTo("38 cents");
        // written once: initials in capitals are meant as initials, the same letters in lower case may be a typo
        assertThat(PARTS.parser().parse("when was the WG set up").corrected()).contains("working group");
        assertThat(PARTS.parser().parse("when was the wg set up").corrected()).doesNotContain("working group");
        // initials no phrase of the articles has stay a name they lack
        var imf = PARTS.parser().parse("what did the IMF say about the deal");
        assertThat(imf.corrected()).contains("IMF");
        assertThat(CORE.answer("what did the IMF say about the deal").answered()).isFalse();
    }
}
