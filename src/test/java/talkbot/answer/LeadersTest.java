package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.Entity;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.Question;
import talkbot.intent.QuestionParser;

/**
 * The newer of two reports leads with "President Donald Trump" and never writes "U.S." in its
 * lead; the older one calls him "U.S. President Donald Trump". The newer is about the United States
 * too, so it is the latest news of the US-China talks.
 */
class LeadersTest {
    private static final Corpus CORPUS = CorpusLoader.load(Path.of("src/test/resources/corpora/leaders"));
    private static final CorpusIndex INDEX = CorpusIndex.build(CORPUS);
    private static final QuestionParser PARSER = new QuestionParser(INDEX, IntentRouter.load());
    private static final RoundFit ROUNDS = new RoundFit(CORPUS, new Sides(INDEX)::countryOf);
    private static final String NOW = "what is china's retaliatory tariff on us goods at the moment";

    @Test
    void aLeadThatNamesAPersonIsAboutTheirCountry() {
        Entity us = PARSER.parse(NOW).entities().stream().filter(e -> e.name().equals("United States")).findFirst().orElseThrow();
        assertThat(ROUNDS.about("october-threat", us)).isTrue();
        assertThat(new RoundFit(CORPUS).about("october-threat", us)).isFalse(); // its words alone do not say it
    }

    @Test
    void theLatestRoundOfTheCountriesAskedIsTheNewestReport() {
        Question q = PARSER.parse(NOW);
        assertThat(ROUNDS.ordered(q)).isEqualTo("october-threat");
        assertThat(Cores.testCorpus("leaders").answer(NOW).shortAnswer()).isEqualTo("10%");
    }
}
