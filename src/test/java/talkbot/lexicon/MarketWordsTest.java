package talkbot.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one list of market words, read by the intent patterns and by the shape of a market question. */
class MarketWordsTest {
    @Test
    void everyWordIsLowerCaseListedOnceAndNoEverydayVerbOrNoun() {
        assertThat(MarketWords.all()).isNotEmpty().allSatisfy(w -> assertThat(w).isEqualTo(w.strip().toLowerCase(java.util.Locale.ROOT)));
        assertThat(new HashSet<>(MarketWords.all())).hasSameSizeAs(MarketWords.all());
        // words a question says of anything but a market would make every "how did … go" a market question
        assertThat(MarketWords.all()).doesNotContain("talks", "deal", "won", "real", "minister", "round");
    }

    @Test
    void thePlaceholderExpandsToAWordOfTheListAndNothingElse() {
        Pattern p = Pattern.compile("^how did the " + MarketWords.expand(MarketWords.PLACEHOLDER) + " do$");
        assertThat(p.matcher("how did the loonie do").matches()).isTrue();
        assertThat(p.matcher("how did the s&p 500 do").matches()).isTrue(); // quoted: "&" and the space are no syntax
        assertThat(p.matcher("how did the talks do").matches()).isFalse();
        assertThat(MarketWords.expand("no placeholder")).isEqualTo("no placeholder");
    }
}
