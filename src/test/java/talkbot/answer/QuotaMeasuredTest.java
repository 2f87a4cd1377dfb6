package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.intent.AnswerType;

/**
 * A quota is counted in what it lets in, with its measure; "before this deal" asks the old end; a
 * tariff "on japan" before a cut; a deficit asked with its year; the building, not its street; a
 * truce moved "from April 2 to July 1" runs to the later day, ahead of the report; "what org is she
 * with" after "which analyst" asks for her organisation.
 */
class QuotaMeasuredTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("quota-measured");
    private static final Cores.Parts PARTS = Cores.parts("quota-measured");

    @Test
    void aQuotaIsCountedInWhatItLetsInWithItsMeasure() {
        assertThat(PARTS.parser().parse("hows big is the steel quota per yr").shape().unit()).isEqualTo("count");
        assertThat(CORE.answer("hows big is the steel quota per yr").shortAnswer()).isEqualTo("3.1 million tonnes");
        assertThat(CORE.answer("how big was japan's duty free steel quota into the us before this deal").shortAnswer())
                .isEqualTo("2.6 million tonnes");
        // the rate on what goes over the quota is still a rate
        assertThat(CORE.answer("tariff on over-quota japanese steel now?").shortAnswer()).isEqualTo("40%");
    }

    @Test
    void theTariffOnACountryBeforeTheCutIsTheOldEnd() {
        assertThat(CORE.answer("what was the US truck tariff on japan before they agreed to cut it").shortAnswer()).isEqualTo("25%");
    }

    @Test
    void aDeficitAskedWithItsYearIsAFigure() {
        assertThat(PARTS.parser().parse("us goods trade deficit with japan in 2028?").shape().type()).isEqualTo(AnswerType.FIGURE);
        assertThat(CORE.answer("us goods trade deficit with japan in 2028?").shortAnswer()).isEqualTo("$41.2 billion");
    }

    @Test
    void theVenueIsTheBuildingNotItsStreet() {
        assertThat(CORE.answer("which building hosted the osaka talks").shortAnswer()).isEqualTo("Kitano Grand");
    }

    @Test
    void aTruceMovedFromOneDayToAnotherRunsToTheLaterDayAhead() {
        Answer a = CORE.answer("tarrif truce extended till when?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("July 1, 2029");
    }

    @Test
    void anOrgAskedAfterAnAnalystIsTheirOrganisation() {
        assertThat(CORE.answer("which analyst commented on the osaka deal and what org is she with").shortAnswer())
                .isEqualTo("Mei Tanaka, Kansai Trade Institute");
    }
}
