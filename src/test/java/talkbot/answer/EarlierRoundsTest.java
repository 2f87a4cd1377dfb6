package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The round, or rounds, before a report's own, told of in other words than "the previous round":
 * "following meetings in Lisbon in February and Madrid in April", "The first round, in Lisbon in
 * February, …, while the third, in Vienna in June, …", a timeline ("Feb. 10-11, 2026 — a round in
 * Lisbon …"). The round before is the latest of those told of, never the report's own place; the
 * rounds before are all of them.
 */
class EarlierRoundsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("earlier-rounds");
    private static final Cores.Parts PARTS = Cores.parts("earlier-rounds");

    @Test
    void theRoundBeforeThisOneIsTheLatestTheNewestReportTellsOf() {
        for (String q : new String[] {"where was the round before this one", "where was the previous round held"}) {
            Answer a = CORE.answer(q);
            assertThat(a.answered()).as(q).isTrue();
            // the newest report leads, Athens, and says as of when; the Prague report's own answer follows
            assertThat(a.reply()).as(q).startsWith("As of 10 December 2026: Prague.");
            assertThat(a.shortAnswer()).as(q).startsWith("Prague (Athens").contains("Vienna (Prague").doesNotContain("Lisbon");
        }
    }

    @Test
    void theRoundBeforeANamedOneIsTheLatestItsReportTellsOf() {
        Answer a = CORE.answer("where was the round before vienna");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Madrid");
        Answer timeline = CORE.answer("where was the round before madrid"); // "Jan. 20 — in Santiago, …; Feb. 10-11 — a round in Lisbon …"
        assertThat(timeline.answered()).isTrue();
        assertThat(timeline.shortAnswer()).isEqualTo("Lisbon");
        Answer b = CORE.answer("where was the round before prague"); // "The third round, in Vienna in June, …, and the first, in Lisbon …"
        assertThat(b.answered()).isTrue();
        assertThat(b.shortAnswer()).isEqualTo("Vienna");
    }

    @Test
    void theRoundsBeforeAreAllThoseItsReportTellsOf() {
        Answer a = CORE.answer("where were the earlier rounds before vienna held");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Lisbon and Madrid");
    }

    @Test
    void earlierRoundsAskAboutTheRoundsBeforeTheReportsOwn() {
        assertThat(RoundFit.asksWhatPrecededThis(PARTS.parser().parse("where were the earlier rounds held"))).isTrue();
        assertThat(RoundFit.asksWhatPrecededThis(PARTS.parser().parse("where were the talks held"))).isFalse();
        assertThat(RoundFit.asksWhatPrecededThis(PARTS.parser().parse("what did the earlier talks agree on copper"))).isFalse();
    }

    @Test
    void roundsToComeAndVisitsAreNoRoundsBefore() {
        // the Athens report's "Further rounds are scheduled in Tokyo in January and Seoul in March, and the talks will be
        // followed by a signing in Santiago"; the Prague report's "Vergara visited Beijing in March and Washington in May"
        for (String q : new String[] {"where was the round before this one", "where was the round before prague"}) {
            Answer a = CORE.answer(q);
            assertThat(a.shortAnswer()).as(q).doesNotContain("Tokyo").doesNotContain("Seoul").doesNotContain("Santiago")
                    .doesNotContain("Beijing").doesNotContain("Washington");
        }
        // the Vienna report's "The first round, in Lisbon in February, cut duties on a third of farm goods" is no later round
        assertThat(CORE.answer("where was the round before vienna").shortAnswer()).isEqualTo("Madrid");
        // and other questions are answered as before
        assertThat(CORE.answer("which building were the vienna talks held in").shortAnswer()).contains("Palais Todesco");
    }

    @Test
    void theReportsOwnPlaceNeverAnswersWhatCameBefore() {
        // "The Athens meeting was the fifth round of the talks" says "round" with a place, its own
        Answer a = CORE.answer("where did they meet before this one");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).startsWith("Prague (Athens").doesNotContain("Athens (");
    }
}
