package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.index.Vocabulary;
import talkbot.intent.IntentRouter;
import talkbot.intent.QuestionParser;

/** An organisation the question names in other words ("the vice production minister") is not another party. */
class NamedInOtherWordsTest {
    private static final CorpusIndex INDEX = CorpusIndex.build(CorpusLoader.load(Path.of("src/test/resources/corpora/ministries")));
    private static final QuestionParser PARSER = new QuestionParser(INDEX, IntentRouter.load());
    private static final Weights WEIGHTS = new Weights(INDEX, PARSER.entityMatcher());
    private static final java.util.List<String> WORDS = Vocabulary.words("In a statement from Peru's Ministry of Production, Rosa Quispe called the discussions");

    @Test
    void aTitleThatSaysEveryWordOfTheMinistrysNameSpeaksForIt() {
        var q = PARSER.parse("how did peru's vice production minister describe the copper talks");
        assertThat(q.entities()).extracting(e -> e.name()).doesNotContain("Ministry of Production");
        assertThat(WEIGHTS.aboutOthers(q, 0.4, WORDS, "frank, useful and long overdue", false, true, e -> false)).isEqualTo(0.4);
    }

    @Test
    void aQuestionThatSaysOnlySomeOfItsWordsIsAboutSomeoneElse() {
        var q = PARSER.parse("how did peru's trade unions describe the copper talks");
        assertThat(WEIGHTS.aboutOthers(q, 0.4, WORDS, "frank, useful and long overdue", false, true, e -> false)).isLessThan(0.4);
    }
}
