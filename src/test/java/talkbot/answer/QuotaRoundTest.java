package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Figures and dates a sentence says of one thing among several: the end of a change asked for, a
 * weight of the thing the sentence names before it, the month of the city the question names, the
 * days of a round, and no date for an event the sentence puts after it.
 */
class QuotaRoundTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("quota-round");

    @Test
    void aWeightCountsTheThingItsSentenceNamesFirst() {
        // "to 12,000 tonnes a year from about 9,000 tonnes": "a year" is no end of the change
        Answer offered = CORE.answer("how much swiss cheese did norway offer to buy");
        assertThat(offered.answered()).isTrue();
        assertThat(offered.shortAnswer()).contains("12,000 tonnes");
        Answer pressed = CORE.answer("how many tonnes of cheese was bern pushing for");
        assertThat(pressed.answered()).isTrue();
        assertThat(pressed.shortAnswer()).contains("15,000 tonnes");
    }

    @Test
    void theRateOnAThingSaidInOtherWords() {
        Answer before = CORE.answer("what was the swiss tariff on norwegian drugs before the deal");
        assertThat(before.answered()).isTrue();
        assertThat(before.shortAnswer()).contains("8%");
    }

    @Test
    void beforeACutIsTheFromEndOfAChange() {
        Answer before = CORE.answer("what was the salmon tariff before they cut it");
        assertThat(before.answered()).isTrue();
        assertThat(before.shortAnswer()).contains("12%");
    }

    @Test
    void theMonthOfTheCityAsked() {
        Answer geneva = CORE.answer("when was the geneva round");
        assertThat(geneva.answered()).isTrue();
        assertThat(geneva.shortAnswer()).contains("March").doesNotContain("February");
        Answer oslo = CORE.answer("when was the oslo round");
        assertThat(oslo.shortAnswer()).contains("February");
    }

    @Test
    void theRoundStartsOnItsFirstDayNotThisYear() {
        Answer start = CORE.answer("when did the bern round kick off");
        assertThat(start.answered()).isTrue();
        assertThat(start.shortAnswer()).contains("4 May 2026");
    }

    @Test
    void aDateIsNotThatOfAnEventItsSentencePutsAfterIt() {
        // "a deadline of June 20 to settle … before the salmon tariff cut takes effect"
        var candidates = Cores.parts("quota-round").candidates("when does the salmon tariff cut take effect");
        assertThat(candidates).isNotEmpty();
        assertThat(candidates).noneMatch(c -> talkbot.time.DateFormat.says(c.shortAnswer(), java.time.LocalDate.of(2026, 6, 20)));
        assertThat(candidates).anyMatch(c -> talkbot.time.DateFormat.says(c.shortAnswer(), java.time.LocalDate.of(2026, 7, 1)));
    }

    @Test
    void whereInTheCityOfTheRoundIsItsVenueNotAVenueOfAnotherCity() {
        Answer venue = CORE.answer("where in bern were the talks held");
        assertThat(venue.answered()).isTrue();
        assertThat(venue.shortAnswer()).contains("Palais Kirchenfeld").doesNotContain("Lancaster");
    }
}
