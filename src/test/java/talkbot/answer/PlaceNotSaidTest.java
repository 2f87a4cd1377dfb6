package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a sentence names beside a place is not the place: the landmark the venue is near, a
 * country's adjective ("licences to Norwegian companies").
 */
class PlaceNotSaidTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("venue-near");

    @Test
    void theVenueIsWhereTheTalksWereNotTheLandmarkNearIt() {
        Answer venue = CORE.answer("which venue in lisbon hosted the talks");
        assertThat(venue.answered()).isTrue();
        assertThat(venue.shortAnswer()).isEqualTo("Palacio Foz");
    }

    @Test
    void aCountrysAdjectiveIsNoPlace() {
        Answer licences = CORE.answer("where are the export licences going");
        assertThat(licences.shortAnswer()).isNotEqualTo("Norwegian");
        Answer next = CORE.answer("where r they meeting next");
        assertThat(next.answered()).isTrue();
        assertThat(next.shortAnswer()).isEqualTo("Oslo");
    }
}
