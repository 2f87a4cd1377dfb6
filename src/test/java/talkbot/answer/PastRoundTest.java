package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question about when or where the talks took place is answered by the round the report is about:
 * not by the next round it announces, nor by an earlier round its timeline recalls at another city;
 * and "the round before this one" is the one the report recalls.
 */
class PastRoundTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("past-rounds");
    private static final talkbot.intent.QuestionParser PARSER = new talkbot.intent.QuestionParser(
            talkbot.index.CorpusIndex.build(talkbot.corpus.CorpusLoader.load(java.nio.file.Path.of("src/test/resources/corpora/past-rounds"))),
            talkbot.intent.IntentRouter.load());

    @Test
    void theDaysTheTalksWereHeldAreNotTheDaysOfTheNextRound() {
        Answer a = CORE.answer("which days were the talks held");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("1 November").doesNotContain("December").doesNotContain("September");
    }

    @Test
    void theBuildingOfTheTalksIsNotAnotherRoundsCity() {
        Answer a = CORE.answer("which building were the talks held in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Holmenkollen Park Hotel");
    }

    @Test
    void theNextRoundIsStillAnsweredByTheAnnouncement() {
        Answer a = CORE.answer("when will they meet next");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("December");
    }

    @Test
    void anEarlierRoundAskedAboutIsAnsweredByTheTimeline() {
        Answer a = CORE.answer("where was the second round held");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Tromso");
    }

    @Test
    void theRoundBeforeThisOneIsTheOneTheReportRecalls() {
        for (String question : new String[] {"where was the round before this one", "where did they meet before this round",
                "where was the previous round held"}) {
            Answer a = CORE.answer(question);
            assertThat(a.answered()).as(question).isTrue();
            assertThat(a.shortAnswer()).as(question).contains("Tromso");
        }
    }

    @Test
    void whereTheTalksWereHeldIsNotWhereTheNextRoundWillBe() {
        for (String question : new String[] {"which city were the talks held in", "in which city did they meet", "where did the talks take place"}) {
            Answer a = CORE.answer(question);
            assertThat(a.answered()).as(question).isTrue();
            assertThat(a.shortAnswer()).as(question).contains("Oslo").doesNotContain("Reykjavik").doesNotContain("Tromso");
        }
    }

    @Test
    void whenAMeasureAgreedAtTheTalksTakesEffectIsStillAnswered() {
        Answer a = CORE.answer("when was the aluminium tariff cut agreed at the talks supposed to take effect");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("January");
        assertThat(PastRound.asked(PARSER.parse("when was the aluminium tariff cut agreed at the talks to take effect"))).isFalse();
        assertThat(PastRound.asked(PARSER.parse("which days were the talks held"))).isTrue();
    }

    @Test
    void aReportWrittenBeforeItsRoundStillSaysWhenTheRoundWas() {
        Answer a = Cores.testCorpus("preview-round").answer("which days were the talks held");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("3 November");
    }
}
