package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Rounds a question does not name by a round of the corpus: "which building were the talks held in" over reports of two
 * rounds, one of which says where without "held" ("… led the negotiations … at Halvorsen Manor"); and "the earlier round
 * in ottawa", a round no report is of, which the Oslo report tells of in a sentence that opens on it ("In Ottawa in
 * February, the two sides agreed …").
 */
class UnnamedRoundsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("unnamed-rounds");

    @Test
    void aVenueQuestionThatNamesNoRoundListsTheVenueOfEachNewestRound() {
        Answer a = CORE.answer("which building were the talks held in");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Torre Tagle Palace").contains("Halvorsen Manor")
                .doesNotContain("Rideau Pavilion"); // the venue of a round the Oslo report recalls is not the Oslo round's
        assertThat(a.byRound()).hasSize(2);
        // a round named by a city no report is of is not one of the newest
        Answer berlin = CORE.answer("which building were the talks in berlin held in");
        assertThat(berlin.answered() ? berlin.shortAnswer() : "").doesNotContain("Halvorsen Manor").doesNotContain("Torre Tagle Palace");
    }

    @Test
    void aRoundNamedByACityNoReportIsOfIsNotTheRoundBeforeTheNewestReport() {
        var parts = Cores.parts("unnamed-rounds");
        assertThat(RoundFit.asksWhatPrecededThis(parts.parser().parse("what did they agree at the earlier round in ottawa"))).isFalse();
        assertThat(RoundFit.asksWhatPrecededThis(parts.parser().parse("what did they agree at the earlier round"))).isTrue();
        // a city that stands for its government names no round
        assertThat(RoundFit.asksWhatPrecededThis(parts.parser().parse("what did ottawa offer at the previous round"))).isTrue();
    }

    @Test
    void whatWasAgreedAtARecalledRoundIsTheClauseThatSaysWhatNotTheOneThatNamesTheRound() {
        // not "Both sides also reviewed progress on Canada's pledge, made at an earlier round in Ottawa in February, …"
        for (String q : new String[] {"what did they agree at the earlier round in ottawa", "what did they agree at the earlier ottawa round"}) {
            Answer a = CORE.answer(q);
            assertThat(a.answered()).as(q).isTrue();
            assertThat(a.shortAnswer()).as(q).contains("freeze new duties on fish");
        }
    }

    @Test
    void theNextRoundOfEachReportIsListedWhenTheQuestionNamesNone() {
        Answer a = CORE.answer("next round city?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Vancouver").contains("Seoul");
        assertThat(a.reply()).startsWith("Two rounds answer this:");
    }

    @Test
    void whenTheNextRoundStartsIsTheFirstOfItsDays() {
        // "The next round is scheduled for June 23-24 in Vancouver": its first day, a day after the report's
        Answer a = CORE.answer("when does the next round start");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("June 23").doesNotContain("June 24");
    }
}
