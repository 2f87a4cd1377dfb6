package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question that names no country is about the sides of the talks a sentence reports: "when does
 * the lower almond duty kick in" is answered by what India will do for American almonds in the
 * report of the US–India talks, as well as it would be if the sentence named no one; a country the
 * report mentions in passing (Canada, halting Brazilian beef) is still someone else. The Geneva
 * report is there so that India and Canada are parties only part of the corpus is about.
 */
class OwnPartiesTest {
    private static final Cores.Parts PARTS = Cores.parts("own-parties");

    @Test
    void theSidesOfTheReportAreNoOtherParty() {
        Candidate c = PARTS.top("when does the lower almond duty kick in");
        assertThat(c.shortAnswer()).contains("April");
        assertThat(c.features().get("other_party")).isZero();
    }

    @Test
    void aCountryTheReportMentionsInPassingIsStillAnotherParty() {
        Candidate c = PARTS.top("when does the beef halt start");
        assertThat(c.shortAnswer()).contains("May");
        assertThat(c.features().get("other_party")).isEqualTo(1.0);
    }
}
