package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.Question;
import talkbot.intent.QuestionParser;

/** A country a question names is a party as well as a scene: "the britain deal" was unveiled in Washington. */
class PartyCountryTest {
    private static final Corpus CORPUS = CorpusLoader.load(Path.of("src/test/resources/corpora/parties"));
    private static final QuestionParser PARSER = new QuestionParser(CorpusIndex.build(CORPUS), IntentRouter.load());
    private static final RoundFit ROUNDS = new RoundFit(CORPUS);

    @Test
    void aCountryInTheQuestionSelectsTheRoundsWhoseTitleNamesIt() {
        Question q = PARSER.parse("how much beef can each side send tariff free in the britain deal");
        assertThat(ROUNDS.selected(q)).contains("uk-deal", "london-round"); // London is in Britain too
        var quota = CORPUS.articles().stream().filter(a -> a.id().equals("uk-deal")).findFirst().orElseThrow().sentences().get(1);
        assertThat(ROUNDS.of(q, ROUNDS.selected(q), null, quota, null)).isEqualTo(RoundFit.Match.MATCH);
    }

    @Test
    void aCityNamesOnlyTheRoundsHeldThere() {
        Question q = PARSER.parse("how much beef did china agree to buy in london");
        assertThat(ROUNDS.selected(q)).containsExactly("london-round");
    }

    @Test
    void theDealAnswersWithItsOwnQuota() {
        QuestionAnswerer answerer = Cores.testCorpus("parties");
        assertThat(answerer.answer("how much beef can each side send tariff free in the britain deal").shortAnswer()).contains("13,000");
    }
}
