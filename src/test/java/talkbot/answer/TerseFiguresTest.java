package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.intent.AnswerType;

/**
 * Figures asked tersely or in other words than the article's: a new quota is its new level, not
 * how far something fell; the tariff on over-quota goods and on "those" goods is a rate; what a
 * party charged "before it agreed to raise it" is the old end; "the two countries" is no figure;
 * cents are money; sales lost are money though the question names a duty.
 */
class TerseFiguresTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("foreign-venue");
    private static final Cores.Parts PARTS = Cores.parts("foreign-venue");

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
}
