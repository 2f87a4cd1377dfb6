package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a sentence's commas and asides hide from a short answer: a row of things split by commas
 * ("corn, soybeans, dairy and ethanol"), a part of a whole ("12 of the 17 farm goods"), a subject
 * a relative clause stands between ("Shares of …, which buy …, rose about 4%"), two places of a row
 * ("Washington in March and New York in April"), and a dispute left open, which answers "did they …" with a no.
 */
class RowsAndPartsTest {
    private static final Cores.Parts PARTS = Cores.parts("rows-and-parts");

    @Test
    void aRowOfThingsGoesOnPastItsCommas() {
        Candidate top = PARTS.top("which u.s. products has washington pushed for greater access for?");
        assertThat(top.shortAnswer()).contains("corn").contains("soybeans").contains("dairy and ethanol")
                .doesNotContain("sectors");
    }

    @Test
    void howManyOfTheThingsIsThePartNotTheWhole() {
        Candidate top = PARTS.top("how many of the farm goods does latvia keep under quota now?");
        assertThat(top.shortAnswer()).isEqualTo("12");
    }

    @Test
    void aPredicateAfterARelativeClauseBelongsToTheSubjectBeforeIt() {
        Candidate top = PARTS.top("how did harbour foods shares do after the estonia news");
        assertThat(top.shortAnswer()).contains("4%");
    }

    @Test
    void theEarlierRoundsAreEveryPlaceOfTheRow() {
        Candidate top = PARTS.top("where were the earlier rounds held");
        assertThat(top.shortAnswer()).contains("Washington").contains("New York");
    }

    @Test
    void aDisputeLeftOpenIsANo() {
        Candidate top = PARTS.top("did they reach a deal on fishing quotas?");
        assertThat(top.shortAnswer()).startsWith("No. ");
    }

    @Test
    void aRowOfFiguresSharesTheWordsBeforeItsFirst() {
        // "quotas of 500 tonnes of U.S. beef and 1,000 tonnes of poultry": the quota words lead to both
        assertThat(PARTS.top("latvia poultry quota - how many tonnes duty-free per yr").shortAnswer()).isEqualTo("1,000 tonnes");
        assertThat(PARTS.top("how many tonnes of beef get the duty-free quota").shortAnswer()).isEqualTo("500 tonnes");
    }

    @Test
    void aRateOnOneSideOfAQuotaDoesNotAnswerForTheOther() {
        assertThat(PARTS.top("what rate applies to latvian steel shipped over the quota limit").shortAnswer()).isEqualTo("45%");
        assertThat(PARTS.top("what duty does latvian steel within the quota pay").shortAnswer()).isEqualTo("10%");
    }

    @Test
    void aFigureRunningToAnotherIsTheRange() {
        assertThat(PARTS.top("by how much would the chip's performance be reduced").shortAnswer()).isEqualTo("30% to 50%");
    }

    @Test
    void aCountOfPlacesIsNoLevelOfAMove() {
        assertThat(PARTS.top("how much amber did latvia ship last year").shortAnswer()).isEqualTo("6,000 tonnes");
    }

    @Test
    void whatIsChargedNowIsTheStartOfAChangeOnlyOffered() {
        assertThat(PARTS.top("current latvian duty on motorcycles?").shortAnswer()).isEqualTo("forty percent");
        assertThat(PARTS.top("what would latvia's motorcycle duty be cut to under its offer").shortAnswer())
                .isEqualTo("between twenty and twenty-five percent");
    }

    @Test
    void thingsAskedByAPluralNounAreTheRowTheClauseEndsWith() {
        assertThat(PARTS.top("which crops does the shipment data exchange cover").shortAnswer()).isEqualTo("Rye, barley, oats and wheat");
        // asked for no things, the clause answers
        assertThat(PARTS.top("what will the customs office exchange with the department of agriculture").shortAnswer())
                .startsWith("Latvia's customs office");
    }
}
