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
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Bessent pressed ahead with talks in Geneva")).isTrue();
    }

    @Test
    void aMeetingAnnouncedOrRecalledElsewhereIsAnotherRound() {
        Question q = PARSER.parse("what days did the london talks take place?");
        var selected = ROUNDS.selected(q);
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Negotiators will meet again in Washington on June 15 and 16")).isTrue();
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "The previous round, held in Paris in late September, produced a pledge")).isTrue();
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "The talks were held in London on Monday and Tuesday")).isFalse();
    }

    @Test
    void aPlaceThatStandsForItsGovernmentNamesNoRound() {
        Question q = PARSER.parse("who led the us side at the london talks?");
        var selected = ROUNDS.selected(q);
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Bessent, Geneva's chief negotiator, led the talks")).isFalse();
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Geneva has pushed for a wider deal")).isFalse();
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Bessent upheld the Geneva truce")).isTrue();
        assertThat(ROUNDS.speaksOfOtherRound(q, selected, "Bessent said what the two sides had agreed at Geneva")).isTrue();
    }

    @Test
    void aReportFromBeforeTheRoundAskedAboutOnlyAnnouncesIt() {
        Question q = PARSER.parse("who led the us side at the london talks?");
        var selected = ROUNDS.selected(q);
        // the Geneva report (May) names London, where the June round was still to come
        var announced = new talkbot.corpus.Sentence("geneva-round", 9, "Lutnick will lead the US side at the next talks in London.", false);
        assertThat(ROUNDS.of(q, selected, null, announced, null)).isEqualTo(RoundFit.Match.MISMATCH);
        var own = new talkbot.corpus.Sentence("london-round", 9, "Lutnick led the US side.", false);
        assertThat(ROUNDS.of(q, selected, null, own, null)).isEqualTo(RoundFit.Match.MATCH);
        // what is still to come there: the report that announced it may say
        Question ahead = PARSER.parse("who will lead the us side at the london talks?");
        assertThat(ROUNDS.of(ahead, ROUNDS.selected(ahead), null, announced, null)).isNotEqualTo(RoundFit.Match.MISMATCH);
    }
}
