package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {
    private static final String CJK_B = new String(Character.toChars(0x20000)); // one letter, two chars

    @Test
    void clipCutsAtAWordBoundaryWithAnEllipsis() {
        assertThat(Text.clip("short", 10)).isEqualTo("short");
        assertThat(Text.clip("the talks resume in London on Monday", 20)).isEqualTo("the talks resume in…");
        assertThat(Text.clip("talks", 1)).isEqualTo("…");
    }

    @Test
    void clipNeverSplitsASurrogatePair() {
        for (int shift = 0; shift < 2; shift++) {
            String s = "x".repeat(shift) + CJK_B.repeat(60);
            for (int max = 1; max <= 100; max++) {
                String clipped = Text.clip(s, max);
                assertThat(clipped.length()).isLessThanOrEqualTo(max);
                assertThat(clipped.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as("max %d, shift %d", max, shift).isTrue();
            }
        }
    }

    @Test
    void foldLowerCasesStripsAccentsAndPlainsQuotes() {
        assertThat(Text.fold("  Beijing’s  “Café”\u2014Déjà vu ")).isEqualTo("beijing's \"cafe\"-deja vu");
    }
}
