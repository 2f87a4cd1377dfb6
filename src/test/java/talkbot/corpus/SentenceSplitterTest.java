package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private static List<String> texts(String text) {
        return SentenceSplitter.split("a", text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotAbbreviationsOrInitials() {
        assertThat(texts("The U.S. delegation met Mr. Smith. He left. Donald J. Trump spoke at 3.5 p.m. today."))
                .containsExactly("The U.S. delegation met Mr. Smith.", "He left.", "Donald J. Trump spoke at 3.5 p.m. today.");
    }

    @Test
    void keepsAQuotationWholeAndEndsAfterItsClosingMark() {
        assertThat(texts("“We need a deal. And soon,” she said. “It went well.” Then they left."))
                .containsExactly("“We need a deal. And soon,” she said.", "“It went well.”", "Then they left.");
    }

    @Test
    void shortLinesWithoutClosingPunctuationAreHeadingsAndNumberingCountsThem() {
        List<Sentence> s = SentenceSplitter.split("a", "Talks resume. Prices fall.\nSpotlight on Rare Earths\nExports slowed.");
        assertThat(s).extracting(Sentence::number).containsExactly(1, 2, 3, 4);
        assertThat(s).extracting(Sentence::heading).containsExactly(false, false, true, false);
    }
}
