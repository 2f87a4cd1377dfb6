package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Rounds of the same talks in June 2025 (London) and June 2027 (Seoul), and a later round of other
 * talks (the EU and the US in Brussels, April 2028): "now" and a month without a year mean the
 * latest of the talks asked about, whichever older sentence reads closer to the question.
 */
class LatestRoundTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/latest-round"));

    @Test
    void nowIsTheNewestRoundOfTheTalksAsked() {
        Answer a = CORE.answer("us tarrif on chinese goods now?");
        assertThat(a.shortAnswer()).isEqualTo("10%"); // a figure is one round's: the newest's
        assertThat(a.reply()).startsWith("As of 18 June 2027: ");
    }

    @Test
    void aMonthWithoutAYearIsTheLatestSuchMonth() {
        Answer a = CORE.answer("where were the us china trade talks in june held");
        assertThat(a.shortAnswer()).contains("Seoul");
        assertThat(a.sources().get(0).articleId()).isEqualTo("seoul-june-2027");
        // with its year, the month picks its own round
        assertThat(CORE.answer("where were the talks in june 2025 held").shortAnswer()).contains("London");
    }

    @Test
    void aVenueAnswersWhereWithItsRoundsCity() {
        // "at the Hanbit Tower conference centre in the South Korean capital": the city is the dateline's and the headline's
        Answer a = CORE.answer("where were the talks in june 2027 held");
        assertThat(a.shortAnswer()).isEqualTo("Hanbit Tower, Seoul");
        assertThat(a.reply()).startsWith("Hanbit Tower, Seoul. The negotiations were held");
        assertThat(CORE.answer("which city hosted the june 2027 talks").shortAnswer()).isEqualTo("Seoul");
    }

    @Test
    void howQuicklyAsksForATime() {
        assertThat(CORE.answer("how quickly will china approve magnet licences").shortAnswer()).isEqualTo("30 days");
    }

    @Test
    void aPossessiveAfterAnOfficeIsItsHolder() {
        Answer a = CORE.answer("what did the us trade rep say in his statement after the brussels round");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("work to do");
        // so is a subject pronoun after it
        Answer he = CORE.answer("what did the us trade rep say he found on steel");
        assertThat(he.answered()).isTrue();
        assertThat(he.shortAnswer()).contains("found a solution");
        // a pronoun with no one named before it still asks who is meant
        assertThat(CORE.answer("what did the minister tell him").answered()).isFalse();
        assertThat(CORE.answer("what did the minister tell her about the deal").answered()).isFalse();
        assertThat(CORE.answer("what did the commissioner tell him and his team").answered()).isFalse();
    }

    @Test
    void theNameOfAPersonByWhatTheyDoIsAskedAsWho() {
        assertThat(CORE.answer("name of the bruegel economist quoted").shortAnswer()).isEqualTo("Jonas Lindqvist");
    }
}
