package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.QuestionParser;

/** A rank the question does not say makes another office: the deputy is not the trade representative. */
class TitleRanksTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ranks");

    @Test
    void theTitleWithoutARankIsTheOneAsked() {
        Answer a = CORE.answer("who is the trade representative");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Elena Fuentes");
        assertThat(CORE.answer("who is norway's fisheries minister").shortAnswer()).isEqualTo("Kari Lunde");
    }

    @Test
    void aRankTheQuestionSaysIsAskedFor() {
        assertThat(CORE.answer("who is the deputy trade representative").shortAnswer()).isEqualTo("Tomas Vidal");
        assertThat(CORE.answer("who is norway's vice fisheries minister").shortAnswer()).isEqualTo("Ola Strand");
    }

    @Test
    void aHyphenatedRankCountsAndAnotherOfficeWithoutOneHoldsTheQuestion() {
        CorpusIndex index = CorpusIndex.build(CorpusLoader.load(Path.of("src/test/resources/corpora/ranks")));
        QuestionParser parser = new QuestionParser(index, IntentRouter.load());
        Weights weights = new Weights(index, parser.entityMatcher());
        Focus premier = new Focus(parser.parse("who is the premier"), weights, index.analysis());
        assertThat(premier.titleScore("Vice-Premier")).isPositive().isLessThan(premier.titleScore("Premier"));
        Focus envoy = new Focus(parser.parse("who is norway's trade envoy"), weights, index.analysis());
        assertThat(envoy.titleScore("deputy trade envoy")).isPositive().isLessThan(envoy.titleScore("trade envoy"));
        // two offices: the one the question names has no rank, so the other's "vice" takes nothing off
        assertThat(envoy.titleScore("Norway's trade envoy and vice fisheries minister")).isEqualTo(envoy.titleScore("Norway's trade envoy"));
    }
}
