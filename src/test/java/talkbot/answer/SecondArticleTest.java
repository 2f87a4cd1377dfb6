package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The core is not tied to the London article: a second article, with no facts file, answers from
 * its sentences (and the facts read off them); and beside the London article, both answer.
 */
class SecondArticleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Where are the fisheries talks held?|Reykjavik",
        "When did the talks open?|Tuesday",
        "Who leads the Norwegian delegation?|Marianne Sivertsen Naess",
        "Who represents Iceland?|Hanna Katrin Fridriksson",
        "Who is Naess?|Fisheries Minister",
        "What did Naess say?|fair deal",
        "How much did Icelandic mackerel exports fall?|18%",
        "What share of the mackerel catch does Norway want?|30%",
        "When is a final agreement expected?|October",
    })
    void answersAnArticleWithoutAFactsFile(String question, String expected) {
        Answer a = Cores.testCorpus("second").answer(question);
        assertThat(a.answered()).as(a.toString()).isTrue();
        assertThat(a.shortAnswer()).contains(expected);
        assertThat(a.sources()).allSatisfy(c -> assertThat(c.articleId()).isEqualTo("norway-iceland-mackerel"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Who leads China's delegation?", "What did Putin say?", "What is the price of cod?"})
    void refusesWhatTheSecondArticleDoesNotSay(String question) {
        assertThat(Cores.testCorpus("second").answer(question).answered()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1} from {2}")
    @CsvSource(delimiter = '|', value = {
        "Who leads China's delegation?|He Lifeng|us-china-london-talks",
        "Who leads the Norwegian delegation?|Naess|norway-iceland-mackerel",
        "How much did Icelandic mackerel exports fall?|18%|norway-iceland-mackerel",
        "How high are China's retaliatory tariffs?|125%|us-china-london-talks",
    })
    void answersEachArticleInAMixedCorpus(String question, String expected, String article) {
        Answer a = Cores.testCorpus("mixed").answer(question);
        assertThat(a.answered()).as(a.toString()).isTrue();
        assertThat(a.shortAnswer()).contains(expected);
        assertThat(a.sources().get(0).articleId()).isEqualTo(article);
    }
}
