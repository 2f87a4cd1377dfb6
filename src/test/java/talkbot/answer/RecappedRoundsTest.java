package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A report of a sixth round (Gdansk, 2031) that recaps its talks' earlier rounds in one sentence ("Negotiators first met
 * in Bergen …; a second round in Lyon …"), announces the next without "next" ("The seventh round is scheduled to open in
 * Tallinn"), and names its hotel with a lower-case noun after the name; beside an older report of other talks (Oslo, 2029)
 * that announces its own next round with "next".
 */
class RecappedRoundsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("recapped-rounds");

    @Test
    void theFirstRoundIsWhereTheNegotiatorsFirstMetNotTheOldestReportNorTheNextRoundInTheSameSentence() {
        Answer a = CORE.answer("where was the first round");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Bergen").doesNotContain("Lyon").doesNotContain("Oslo").doesNotContain("Seville");
    }

    @Test
    void aRoundScheduledToOpenIsTheNextRound() {
        Answer a = CORE.answer("where is the next round");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Tallinn");
    }

    @Test
    void aDateSetWithByAnswersAQuestionOfADeadline() {
        Answer a = CORE.answer("deadline for china to drop the almond duty?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("July 10");
        // "by July 10" says "deadline": the sentence holds the whole question
        Candidate top = Cores.parts("recapped-rounds").top("deadline for china to lift the almond duty?");
        assertThat(top.features().get("coverage")).isEqualTo(1.0);
    }

    @Test
    void whatSomeoneCalledSomethingIsHowTheyDescribedIt() {
        Answer a = CORE.answer("how did beijing describe the us port fees");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("unfair and one-sided").doesNotContain("measured");
    }

    @Test
    void aTerseQuestionOfACurrencysMoveIsAnsweredByHowMuchItFirmed() {
        Answer a = CORE.answer("zloty move after the talks?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("0.4%");
    }

    @Test
    void whatSomeoneCalledSomethingWithoutQuotationMarksIsTheirCommentWithoutTheThingAsked() {
        Answer a = CORE.answer("what was tang's comment abt the outcome");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualToIgnoringCase("fair and forward-looking");
    }

    @Test
    void whatHappensToAFigureUnderAConditionIsItsChangeOrTheOneFigureThereIs() {
        assertThat(CORE.answer("if the truce lapses what happens to us duties on machinery").shortAnswer()).isEqualTo("from 20% to 35%");
        assertThat(CORE.answer("what happens to duties on amber if the talks fail").shortAnswer()).contains("18%");
    }

    @Test
    void aPhoneCallIsNoComment() {
        Answer a = CORE.answer("what did callan say");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("meet monthly").doesNotContain("Gao on Thursday");
    }

    @Test
    void aNameBeforeALowerCaseHotelIsTheVenue() {
        Answer a = CORE.answer("which hotel were the talks held at");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Harbour Crest");
    }

    @Test
    void theAgentOfAPassiveAfterAnAsideLedTheDelegation() {
        Answer a = CORE.answer("who leads china's delegation");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).startsWith("Tang Weimin");
    }

    @Test
    void aRoundScheduledToOpenOrToBeHeldIsAnnouncedButTheReportsOwnRoundIsNot() {
        assertThat(RoundFit.announces("The seventh round is scheduled to open in Tallinn on Monday, Sept. 8.")).isTrue();
        assertThat(RoundFit.announces("Another working-level round will be held in Washington in March.")).isTrue();
        assertThat(RoundFit.announces("The sixth round opened in Gdansk on Monday.")).isFalse();
        assertThat(RoundFit.announces("The talks are scheduled for Monday.")).isFalse();
    }

    @Test
    void aFirstSinceSomethingIsNoFirstRound() {
        assertThat(RoundFit.firstOnlySince("It was the first such session since ministers met in Seville in January.")).isTrue();
        assertThat(RoundFit.firstOnlySince("Exports rose for the first time since 2019.")).isTrue();
        assertThat(RoundFit.firstOnlySince("Officials met in Lisbon, the first such meeting in a year.")).isTrue();
        assertThat(RoundFit.firstOnlySince("The first round, in Bergen, set the agenda.")).isFalse();
        assertThat(RoundFit.firstOnlySince("The first round, in Bergen, was the first since the summit.")).isFalse();
        assertThat(RoundFit.firstOnlySince("No round was held.")).isFalse();
    }

    @Test
    void whoSomeoneIsAndWhereTheyWorkAsksForTheirRole() {
        var parts = Cores.parts("recapped-rounds");
        assertThat(parts.parser().parse("who's tang weimin and where does he work").intent()).isEqualTo(talkbot.intent.Intent.ROLE);
        assertThat(parts.parser().parse("who is tang weimin and what does he do").intent()).isEqualTo(talkbot.intent.Intent.ROLE);
        assertThat(parts.parser().parse("who is tang weimin and what did he say").intent()).isNotEqualTo(talkbot.intent.Intent.ROLE);
    }
}
