package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Initials a question uses stand for the phrase the articles write: "mrp", "WG"; initials no phrase has stay a name they lack. */
class AcronymsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("foreign-venue");
    private static final Cores.Parts PARTS = Cores.parts("foreign-venue");

    @Test
    void initialsStandForAPhraseTheArticlesWriteTwice() {
        assertThat(PARTS.parser().parse("peru mrp for frozen squid?").corrected()).contains("minimum reference price");
        assertThat(CORE.answer("peru mrp for frozen squid?").shortAnswer()).isEqualTo("38 cents");
    }

    @Test
    void initialsInCapitalsMayStandForAPhraseWrittenOnce() {
        assertThat(PARTS.parser().parse("when was the WG set up").corrected()).contains("working group");
        // the same letters in lower case may be a typo
        assertThat(PARTS.parser().parse("when was the wg set up").corrected()).doesNotContain("working group");
    }

    @Test
    void aPhraseOpeningWithAPrepositionNamesNothing() {
        // the article writes "without agreement" twice: "wa" (Western Australia, say) is no initials of it
        assertThat(PARTS.parser().parse("which wa ports ship fishmeal").corrected()).doesNotContain("without agreement");
    }

    @Test
    void initialsNoPhraseHasStayANameTheArticlesLack() {
        assertThat(PARTS.parser().parse("what did the IMF say about the deal").corrected()).contains("IMF");
        assertThat(CORE.answer("what did the IMF say about the deal").answered()).isFalse();
    }
}
