package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "At Graha Niaga, the tourism ministry's headquarters on Merdeka Barat Road": the building is the name after "at", not its street. */
class VenueStreetTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("venue-street");

    @Test
    void aNameNoAtlasKnowsAfterAtIsTheBuilding() {
        Answer a = CORE.answer("which building in jakarta did the talks take place in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Graha Niaga");
    }
}
