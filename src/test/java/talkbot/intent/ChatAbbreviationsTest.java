package talkbot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;

/** Chat shorthand is read as the words it stands for before a question is understood ("rn" is right now). */
class ChatAbbreviationsTest {
    private static final QuestionParser PARSER = new QuestionParser(CorpusIndex.build(CorpusLoader.load(Path.of("corpus"))), IntentRouter.load());

    @Test
    void rightNowInShorthandAsksForTheLatestRound() {
        Question q = PARSER.parse("avg us tariff on chinese goods rn?");
        assertThat(q.corrected()).contains("average").contains("right now");
        assertThat(q.scope().order()).isEqualTo(Scope.Order.LATEST);
        assertThat(PARSER.parse("what is the us tariff on chinese goods").scope().order()).isEqualTo(Scope.Order.NONE);
    }

    @Test
    void shorthandForBeforeAndBecauseIsRead() {
        assertThat(PARSER.parse("what was the tariff b4 the cut").corrected()).contains("before the cut");
        assertThat(PARSER.parse("why did they walk out, was it cuz of the chips").corrected()).contains("because");
    }
}
