package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Who represented X", "who accompanied Y" ask for everyone named in a row; "which trade minister represented X" for one. */
class RepresentedByTest {
    private static final Cores.Parts PARTS = Cores.parts("several-places");

    @Test
    void whoRepresentedACountryIsItsWholeRow() {
        assertThat(PARTS.top("who represented estonia at the talks").shortAnswer()).isEqualTo("Kadri Tamm and Jaan Rebane");
    }

    @Test
    void aTitleAskedIsOnePerson() {
        assertThat(PARTS.top("which trade minister represented estonia").shortAnswer()).isEqualTo("Kadri Tamm");
    }
}
