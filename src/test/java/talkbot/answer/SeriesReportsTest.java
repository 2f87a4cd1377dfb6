package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a report of a round says in other words than a chat question: a round "set for Cartagena" is the next one, a tariff
 * that "will rise … on September 1" takes effect then, a quantity "of soybeans" answers "how many soybeans", and a person
 * with a title before the name and an apposition after it is both.
 */
class SeriesReportsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("series-reports");

    @Test
    void aRoundSetForAPlaceIsTheNextRoundThoughTheSentenceSaysNoneOfTheQuestionsWords() {
        // "Both delegations have tentatively set the fourth round for Cartagena": neither "next" nor "talks"
        for (String question : new String[] {"next round where and when", "where is the next round"}) {
            Answer a = CORE.answer(question);
            assertThat(a.answered()).as(question).isTrue();
            assertThat(a.shortAnswer()).as(question).contains("Cartagena");
        }
    }

    @Test
    void aChangeToComeDatedByOnTakesEffectThatDayAndAConditionTellsOfNoStart() {
        // not "late on Tuesday", the day of a statement that only says "if the U.S. increase took effect"
        for (String question : new String[] {"when does the tariff hike kick in", "when does the tariff rise take effect"}) {
            Answer a = CORE.answer(question);
            assertThat(a.shortAnswer()).as(question).contains("September 1").doesNotContain("Tuesday");
        }
    }

    @Test
    void aThingCountedIsAQuantityOfIt() {
        Answer a = CORE.answer("how many soybeans is china gonna buy");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("25 million");
    }

    @Test
    void aPersonIsTheTitleBeforeTheNameAndTheAppositionAfterIt() {
        Answer a = CORE.answer("who is matthias krenn");
        assertThat(a.shortAnswer()).contains("chief negotiator").contains("deputy director-general");
    }

    @Test
    void talksThatFellApartBrokeOff() {
        Answer a = CORE.answer("what day of the week did the talks fall apart");
        assertThat(a.shortAnswer()).contains("Tuesday");
    }
}
