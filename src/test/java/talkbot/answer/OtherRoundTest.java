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

/** A clause of the round asked about that names another round only as a time still speaks of the round asked about. */
class OtherRoundTest {
    private static final Corpus CORPUS = CorpusLoader.load(Path.of("src/test/resources/corpora/rounds"));
    private static final QuestionParser PARSER = new QuestionParser(CorpusIndex.build(CORPUS), IntentRouter.load());
    private static final RoundFit ROUNDS = new RoundFit(CORPUS);

    @Test
    void anotherRoundNamedAsATimeIsNoAside() {
        Question q = PARSER.parse("who led the us side at the london talks?");
        var selected = ROUNDS.selected(q);
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Bessent led the talks, the first round since the Geneva meeting")).isFalse();
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Bessent led the talks ahead of a summit in Geneva")).isFalse();
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Bessent recalled what was agreed in Geneva")).isTrue();
    }
}
