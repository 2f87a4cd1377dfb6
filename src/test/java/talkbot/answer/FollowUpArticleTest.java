package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A follow-up article added beside the London one, with metadata and no facts file, as an
 * operator would add the next day's news: lower-case titles, reported speech, decimal figures.
 */
class FollowUpArticleTest {
    private static final String ARTICLE = "london-framework-agreed";

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "What did Lutnick say?|framework to implement the Geneva consensus",
        "what did lutnick say china would remove?|restrictions on rare earth exports",
        "Who is Li Chenggang?|international trade representative",
        "What did Li Chenggang say?|professional, rational, in-depth and candid",
        "How much did the S&P 500 rise?|0.6%",
        "On which day did the S&P 500 rise 0.6%?|Wednesday",
        "When did Bessent leave London?|Tuesday",
        "Which US president needs to approve the framework?|Trump",
        "How long were the talks in London?|two days",
        "Who described the discussions as candid?|Li Chenggang",
        "Where did Lutnick talk about implementing the Geneva consensus?|Lancaster House",
    })
    void answersFromTheNewArticle(String question, String expected) {
        Answer a = Cores.testCorpus("followup").answer(question);
        assertThat(a.answered()).as(a.toString()).isTrue();
        assertThat(a.shortAnswer() + " " + a.reply()).contains(expected);
        assertThat(a.sources()).anySatisfy(c -> assertThat(c.articleId()).isEqualTo(ARTICLE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"What did Keir Starmer say about the framework?", "What did the EU say about the framework?",
        "How much did the yuan fall?"})
    void refusesWhatNeitherArticleSays(String question) {
        assertThat(Cores.testCorpus("followup").answer(question).answered()).isFalse();
    }
}
