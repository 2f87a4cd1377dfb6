package talkbot.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one list of market words and the one pattern of a market question, read by the intent patterns and a question's shape. */
class MarketWordsTest {
    @Test
    void everyWordIsLowerCaseListedOnceAndNoEverydayVerbOrNoun() {
        assertThat(MarketWords.all()).isNotEmpty().allSatisfy(w -> assertThat(w).isEqualTo(w.strip().toLowerCase(java.util.Locale.ROOT)));
        assertThat(new HashSet<>(MarketWords.all())).hasSameSizeAs(MarketWords.all());
        // words a question says of anything but a market would make every "how did … go" a market question
        assertThat(MarketWords.all()).doesNotContain("talks", "deal", "won", "real", "minister", "round");
    }

    @Test
    void theMoveQuestionTakesAMarketOrACurrencyAndNothingElse() {
        Pattern p = Pattern.compile(MarketWords.expand(MarketWords.PLACEHOLDER));
        assertThat(p.matcher("how did the loonie react").find()).isTrue();
        assertThat(p.matcher("how did the s&p 500 do").find()).isTrue(); // quoted: "&" and the space are no syntax
        assertThat(p.matcher("where did the offshore yuan end up vs the dollar").find()).isTrue();
        assertThat(p.matcher("yuan move after the talks?").find()).isTrue();
        assertThat(p.matcher("how did the talks go").find()).isFalse();
        assertThat(p.matcher("where did the minister go after the talks").find()).isFalse();
        assertThat(MarketWords.expand("no placeholder")).isEqualTo("no placeholder");
    }

    @Test
    void theWordsOfNoMarketInParticularAreMarkedAndNamedMarketsAreNot() {
        assertThat(MarketWords.general()).contains("stocks", "shares", "index").doesNotContain("yuan", "nikkei", "krone");
        assertThat(MarketWords.all()).containsAll(MarketWords.general()).contains("krone");
    }
}
