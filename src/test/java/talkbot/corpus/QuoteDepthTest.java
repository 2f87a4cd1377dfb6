package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteDepthTest {
    @Test
    void curlyQuotationsNestAndStraightOnesToggle() {
        String text = "He said “we will “try” hard” and \"maybe\" left.";
        assertThat(QuoteDepth.inside(text, text.indexOf("we"))).isTrue();
        assertThat(QuoteDepth.inside(text, text.indexOf("try"))).isTrue();
        assertThat(QuoteDepth.inside(text, text.indexOf(" hard"))).isTrue();
        assertThat(QuoteDepth.inside(text, text.indexOf("and"))).isFalse();
        assertThat(QuoteDepth.inside(text, text.indexOf("maybe"))).isTrue();
        assertThat(QuoteDepth.inside(text, text.indexOf("left"))).isFalse();
    }

    @Test
    void aStrayClosingMarkDoesNotGoBelowZero() {
        String text = "closed” then “open";
        assertThat(QuoteDepth.inside(text, text.indexOf("then"))).isFalse();
        assertThat(QuoteDepth.inside(text, text.length())).isTrue();
    }
}
