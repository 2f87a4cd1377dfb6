package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question of how "stocks" or "shares" of a kind moved is answered by a move told of any market of that kind: "how did
 * shipping stocks react" by "the Oslo shipping and ports index rose 1.8%", not by a duty on shipping nor by the krone's move
 * in the same sentence. A named market is that market only.
 */
class MarketMovesTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("market-moves");

    @Test
    void stocksOfAKindAreAnsweredByTheMoveOfAnIndexOfThatKind() {
        for (String question : new String[] {"how did shipping stocks react", "how did shipping shares do"}) {
            Answer a = CORE.answer(question);
            assertThat(a.answered()).as(question).isTrue();
            assertThat(a.shortAnswer()).as(question).contains("1.8%").doesNotContain("12%").doesNotContain("0.4%");
        }
    }

    @Test
    void aNamedMarketIsThatMarketOnly() {
        Answer a = CORE.answer("how did the krone react");
        assertThat(a.shortAnswer()).contains("0.4%").doesNotContain("1.8%");
    }
}
