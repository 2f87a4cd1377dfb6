package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.QuestionParser;

/** The words an answer may repeat from the question without merely echoing it. */
class EchoTest {
    private static final QuestionParser PARSER = new QuestionParser(
            CorpusIndex.build(CorpusLoader.load(Path.of("src/test/resources/corpora/ministries"))), IntentRouter.load());

    @Test
    void theNounAskedByAndTheCityOfTheVenueAreNoEcho() {
        // "the Hotel Bolivar" answers "which hotel"; "the Okura Tokyo" answers which hotel hosted the Tokyo talks
        assertThat(SentenceRanker.echoed(PARSER.parse("which hotel hosted the lima talks")))
                .contains("hosted", "talks").doesNotContain("hotel", "lima");
    }

    @Test
    void aDistrictAskedByAnyOfItsNounsIsNoEcho() {
        assertThat(SentenceRanker.echoed(PARSER.parse("lima gas talks - what neighbourhood were they in")))
                .doesNotContain("neighbourhood", "district");
    }

    @Test
    void outsideAVenueTheQuestionsPlacesStillEcho() {
        assertThat(SentenceRanker.echoed(PARSER.parse("who led the talks in lima"))).contains("lima", "led");
    }
}
