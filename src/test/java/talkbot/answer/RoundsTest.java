package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.Round;

/**
 * Two rounds of the same talks, in London and in Geneva, with no facts files: a question that
 * names a round is answered from it, one that names none and asks about now from the newest, and
 * the reply says as of when.
 */
class RoundsTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpora/rounds");

    @Test
    void eachArticleKnowsItsRound() {
        var corpus = CorpusLoader.load(CORPUS);
        Round geneva = corpus.round("geneva-round");
        assertThat(geneva.place()).isEqualTo("Geneva");
        assertThat(geneva.placeNames()).contains("Switzerland", "Swiss");
        assertThat(geneva.from()).isEqualTo(LocalDate.of(2025, 5, 10));
        Round london = corpus.round("london-round");
        assertThat(london.place()).isEqualTo("London");
    }

    @Test
    void aQuestionThatNamesARoundIsAnsweredFromIt() {
        QuestionAnswerer core = Cores.over(CORPUS);
        assertThat(core.answer("what did the US cut its tariff to in geneva?").shortAnswer()).contains("30%");
        assertThat(core.answer("which building hosted the swiss talks?").shortAnswer()).contains("Villa Saladin");
        assertThat(core.answer("which building hosted the june talks?").shortAnswer()).contains("Lancaster House");
        assertThat(core.answer("when did the first round start?").shortAnswer()).contains("10 May 2025");
        // a round picked by its month alone: where it was held is its place
        assertThat(core.answer("where did the two sides meet in june?").shortAnswer()).contains("London");
        assertThat(core.answer("which city hosted the may round?").shortAnswer()).contains("Geneva");
    }

    @Test
    void anUnqualifiedQuestionAboutNowIsAnsweredFromTheNewestAsOfItsDate() {
        Answer a = Cores.over(CORPUS).answer("what is the US tariff on Chinese goods now?");
        assertThat(a.answered()).isTrue();
        assertThat(a.sources().get(0).articleId()).isEqualTo("london-round");
    }

    @Test
    void aFigureQuestionTakesTheEndOfTheChangeItAsksFor() {
        QuestionAnswerer core = Cores.over(CORPUS);
        assertThat(core.answer("how high was the US tariff on chinese imports before the geneva deal?").shortAnswer()).contains("145%");
        assertThat(core.answer("the us tariff on chinese imports went from what to what in geneva?").shortAnswer()).contains("from 145% to 30%");
        assertThat(core.answer("what did china lower its levies on american goods to in geneva?").shortAnswer()).contains("10%");
    }
}
