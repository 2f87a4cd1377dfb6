package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.QuestionParser;

/**
 * Where each article's event took place, read off wire copy: the headline's scene before a word
 * that merely names a firm ("TikTok framework"), a capital as a scene but not as its government,
 * a dateline when the text names no scene, and never a place the lead dates to an earlier event.
 */
class RoundPlacesTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpora/datelines");
    private static Corpus corpus;
    private static QuestionParser parser;

    @BeforeAll
    static void load() {
        corpus = CorpusLoader.load(CORPUS);
        parser = new QuestionParser(CorpusIndex.build(corpus), IntentRouter.load());
    }

    @Test
    void theHeadlinesSceneWinsOverAFirmItNamesFirst() {
        assertThat(corpus.round("madrid-round").place()).isEqualTo("Madrid");
        assertThat(corpus.round("madrid-round").placeNames()).contains("Spain", "Spanish");
    }

    @Test
    void aPlaceTheLeadDatesToAnEarlierEventIsNotTheScene() {
        // "met in Busan, South Korea, last October" and "met in ... Busan on Oct. 30" (ten days before)
        assertThat(corpus.round("washington-round").place()).isEqualTo("Washington");
        assertThat(corpus.round("port-fees").place()).isNull();
    }

    @Test
    void aDatelineNamesTheSceneOnlyThroughACityThatIsNotAPartysGovernment() {
        assertThat(corpus.round("hanoi-deal").place()).isEqualTo("Hanoi");
        assertThat(corpus.round("hanoi-deal").placeNames()).contains("Vietnam");
        // WASHINGTON/BEIJING: where the reporters were; and a month's abbreviation is no place
        assertThat(corpus.round("port-fees").placeNames()).isEmpty();
    }

    @Test
    void aCityThatActsAsItsGovernmentIsNotTheScene() {
        // "how Seoul will fund …": South Korea's government; the talks were at the Hoover Building in Washington
        assertThat(corpus.round("korea-commerce-talks").place()).isEqualTo("Herbert C. Hoover Building");
        assertThat(corpus.round("korea-commerce-talks").placeNames()).doesNotContain("Seoul");
        // a city that merely is or has something is still the scene: "Geneva is hosting the third round"
        assertThat(corpus.round("geneva-hosting").place()).isEqualTo("Geneva");
    }

    @Test
    void aCapitalThatIsAlsoAPartySelectsItsRoundOnlyAsTheScene() {
        // the round's place names stop at the city: "American" names every article, not this round
        assertThat(corpus.round("washington-round").placeNames()).containsExactly("Washington");
        assertThat(parser.parse("what was agreed at the washington talks").scope().places()).containsExactly("washington");
        assertThat(parser.parse("what was agreed in washington in february").scope().places()).containsExactly("washington");
        assertThat(parser.parse("what does washington want beijing to buy").scope().places()).isEmpty();
    }
}
