package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.index.SentenceReading;
import talkbot.intent.AnswerType;

/** A venue answers "where" with the city its own clause names, also for a round the sentence recalls. */
class VenueClauseCityTest {
    private static final CorpusIndex INDEX = CorpusIndex.build(CorpusLoader.load(Path.of("src/test/resources/corpora/venue-clause-city")));

    private static SentenceReading readingOf(String words) {
        for (int ord = 0; ord < INDEX.sentenceCount(); ord++) {
            if (INDEX.sentence(ord).text().contains(words)) {
                return INDEX.reading(ord);
            }
        }
        throw new AssertionError("no sentence says " + words);
    }

    private static String sentenceOf(String words) {
        for (int ord = 0; ord < INDEX.sentenceCount(); ord++) {
            if (INDEX.sentence(ord).text().contains(words)) {
                return INDEX.sentence(ord).text();
            }
        }
        throw new AssertionError("no sentence says " + words);
    }

    @Test
    void aVenueComesWithTheCityOfItsClauseNotTheSentencesOtherCity() {
        // "The Bergen meeting was the second formal round …, after a first round held in Oslo in March at the Fridtjof Nansen Building"
        SentenceReading r = readingOf("Fridtjof Nansen Building");
        assertThat(VenueCity.withSentenceCity(AnswerType.PLACE, "Fridtjof Nansen Building", sentenceOf("Fridtjof Nansen Building"), r)).isEqualTo("Fridtjof Nansen Building, Oslo");
        // a question that asks which building gets the building
        assertThat(VenueCity.withSentenceCity(AnswerType.VENUE, "Fridtjof Nansen Building", sentenceOf("Fridtjof Nansen Building"), r)).isEqualTo("Fridtjof Nansen Building");
    }

    @Test
    void aClauseOfTwoCitiesDoesNotSayWhichTheVenueIsIn() {
        SentenceReading r = readingOf("Grieg Hall");
        assertThat(r.names()).anyMatch(n -> n.kind() == talkbot.reading.Name.Kind.VENUE && n.text().contains("Grieg Hall"));
        assertThat(VenueCity.withSentenceCity(AnswerType.PLACE, "Grieg Hall", sentenceOf("Grieg Hall"), r)).isEqualTo("Grieg Hall");
    }
}
