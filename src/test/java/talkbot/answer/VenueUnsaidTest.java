package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * What a question asks about is said in the round's own words, not the question's: the venue of
 * a round in a sentence that says none of "talks" or "held", a weight of the thing measured before
 * the figure.
 */
class VenueUnsaidTest {
    private static final Cores.Parts PARTS = Cores.parts("venue-unsaid");

    @Test
    void theVenueOfTheRoundAskedIsACandidateThoughItsSentenceSaysNoneOfTheQuestionsWords() {
        // "... spent nine hours ... at the Aurelia Palace Hotel": no "talks", no "held", no "march"
        assertThat(best("which hotel were the march talks held at")).isEqualTo("Aurelia Palace Hotel");
        assertThat(best("which hotel were the january talks held at")).isEqualTo("Casa Andina");
    }

    @Test
    void aWeightCountsTheThingItsClauseMeasuresBeforeIt() {
        Answer copper = Cores.testCorpus("venue-unsaid").answer("how many tons of peruvian copper get the lower duty each yr");
        assertThat(copper.answered()).isTrue();
        assertThat(copper.shortAnswer()).contains("1.5 million");
    }

    @Test
    void aRoundOnlyRecalledInACityOfItsOwnIsNotTheRoundAnotherReportIsOf() {
        // no report is of the Lisbon talks: the Rome report's sentence naming Chile's leader is of another round
        talkbot.corpus.Corpus corpus = talkbot.corpus.CorpusLoader.load(java.nio.file.Path.of("src/test/resources/corpora/recalled-round"));
        RoundFit rounds = new RoundFit(corpus);
        talkbot.intent.QuestionParser parser = Cores.parts("recalled-round").parser();
        talkbot.corpus.Sentence vidal = corpus.article("rome-round").sentences().stream()
                .filter(x -> x.text().contains("Tomas Vidal")).findFirst().orElseThrow();
        assertThat(rounds.of(parser.parse("who led the chilean side at the lisbon talks"), java.util.Set.of(), null, vidal, null))
                .isEqualTo(RoundFit.Match.MISMATCH);
        assertThat(rounds.of(parser.parse("who led the chilean side"), java.util.Set.of(), null, vidal, null))
                .isEqualTo(RoundFit.Match.NEUTRAL);
    }

    @Test
    void aCountryTheArticlesNeverNameIsKnownByItsCityTheyDo() {
        // the Rome report never says "Italy": the question is about the round there, not a place the articles don't know
        Answer italy = Cores.testCorpus("venue-unsaid").answer("who led the chilean side in italy");
        assertThat(italy.answered()).isTrue();
        assertThat(italy.shortAnswer()).contains("Vidal");
        assertThat(Cores.testCorpus("venue-unsaid").answer("who led the chilean side in iceland").answered()).isFalse();
    }

    private static String best(String question) {
        return PARTS.candidates(question).stream().max(Comparator.comparingDouble(Candidate::confidence)).map(Candidate::shortAnswer).orElse(null);
    }
}
