package talkbot.answer;

import talkbot.intent.Intent;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import talkbot.corpus.Citation;
import talkbot.corpus.CorpusLoader;

class QuestionAnswererTest {
    private final QuestionAnswerer core = Cores.project();

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "who heads the chinese delegation|He Lifeng",
        "Who leeds Chinas delegation|He Lifeng",
        "WHO IS REPRESENTING CHINA AT THE TALKS?|He Lifeng",
        "Who is the Chinese president?|Xi Jinping",
        "who is scott besent|Treasury Secretary",
        "What is Howard Lutnick's job?|Commerce Secretary",
        "Which country is hosting the talks?|UK",
        "What city hosts the negotiations?|London",
        "How long is the tariff truce?|90-day",
        "HOW HIGH ARE CHINAS RETALIATORY TARRIFS?|125%",
        "When is the EU-China summit expected?|July",
    })
    void answersWordingsTyposAndCapitals(String question, String expected) {
        Answer a = core.answer(question);
        assertThat(a.answered()).as(a.toString()).isTrue();
        assertThat(a.shortAnswer()).contains(expected);
        assertThat(a.confidence()).isBetween(QuestionAnswerer.THRESHOLD, 1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Who leads India's delegation?", "who leads the mexican delegation", "What did Putin say?",
        "what did elon musk say about the talks", "What's the capital of France?", "what is the population of china",
        "How much are tariffs on Japanese cars?", "When will the trade deal be signed?", "Who is Taylor Swift?",
        "What is the US tariff on Chinese electric vehicles?", "Tell me a joke", "What's the weather in London?",
    })
    void refusesWhatTheCorpusDoesNotSay(String question) {
        Answer a = core.answer(question);
        assertThat(a.answered()).as(a.toString()).isFalse();
        assertThat(a.shortAnswer()).isNull();
        assertThat(a.sources()).isEmpty();
        assertThat(a.reply()).containsAnyOf("don't mention", "couldn't find");
        assertThat(a.reply()).contains("I can tell you"); // suggests what it can answer
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who won the World Cup in 2022? | World Cup",
        "Who is Taylor Swift? | Taylor Swift",
        "What did Macron say about the talks? | Macron",
        "What did Ursula von der Leyen say about the Kuala Lumpur framework? | Ursula von der Leyen",
        "What did Charles de Gaulle say about tariffs? | Charles de Gaulle",
        "what did nvidia say about the talks in london | nvidia", // a speaker unknown, in lower case, though the question names a place the corpus knows
    })
    void aRefusalNamesTheWholeNameTheAskerWrote(String question, String name) {
        Answer a = core.answer(question);
        assertThat(a.answered()).isFalse();
        assertThat(a.reply()).startsWith("My articles don't mention " + name + ",");
    }

    @Test
    void sourcesAreVerbatimSentencesOfTheCorpus() {
        List<String> sentences = CorpusLoader.load(java.nio.file.Path.of("corpus")).articles().get(0).sentences()
                .stream().map(s -> s.text()).toList();
        for (String q : List.of("Who is in the US delegation?", "What did Xi say?", "How much did exports drop?",
                "Where was the truce agreed?", "What does China want?")) {
            Answer a = core.answer(q);
            assertThat(a.sources()).as(q).isNotEmpty();
            for (Citation c : a.sources()) {
                assertThat(sentences).as(q).contains(c.sentence());
                assertThat(c.articleId()).isEqualTo("us-china-london-talks");
            }
        }
    }

    @Test
    void aDelegationIsListedWholeAndItsLeaderAlone() {
        assertThat(core.answer("Who is in the US delegation?").shortAnswer())
                .isEqualTo("Scott Bessent, Howard Lutnick and Jamieson Greer");
        Answer leader = core.answer("Who leads China's delegation?");
        assertThat(leader.shortAnswer()).isEqualTo("He Lifeng");
        assertThat(leader.reply()).contains("He Lifeng").doesNotContain("Bessent"); // the leader, not the list
    }

    @Test
    void greetingsHelpAndSummaryAreNotRefusals() {
        assertThat(core.answer("hello").intent()).isEqualTo(Intent.GREETING);
        assertThat(core.answer("what can you do?").intent()).isEqualTo(Intent.HELP);
        Answer summary = core.answer("Give me a summary");
        assertThat(summary.intent()).isEqualTo(Intent.SUMMARY);
        assertThat(summary.answered()).isTrue();
        assertThat(summary.sources()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "AND OR NOT", "the of and a", "???", "\"unbalanced", "title:(x OR [a TO z])",
        "*?~^\\/", "NOT NOT NOT", "<b>Bessent</b> & <script>", "\u0000\u202e", "🙂🙂🙂"})
    void oddInputNeverThrows(String question) {
        Answer a = core.answer(question);
        assertThat(a.reply()).isNotBlank();
        assertThat(a.reply().length()).isLessThanOrEqualTo(Answer.REPLY_LIMIT);
    }

    @Test
    void luceneSyntaxIsReadAsWords() {
        Answer a = core.answer("Who leads China's delegation AND (NOT \"US\")?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("He Lifeng");
    }

    @Test
    void whereTheTalksAreIsTheReportedRoundsPlaceNotOneItRecalls() {
        // the London report also says "last month's discussions in Geneva" and "talks in Switzerland in May"
        Answer where = core.answer("where are the talks?");
        assertThat(where.answered()).isTrue();
        assertThat(where.shortAnswer()).isEqualTo("London");
    }
}
