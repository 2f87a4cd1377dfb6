package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The round before the one a question names, as that round's report recalls it; a short sentence
 * that announces what the next one tells; a why-question is not answered by a headline; the old
 * end of a change a verb acts on ("halve its 20% levy … to 10%").
 */
class PrecedingRoundTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("preceding-round");
    private static final Cores.Parts PARTS = Cores.parts("preceding-round");

    @Test
    void theRoundBeforeTheOneNamedIsTheOneItsReportRecalls() {
        for (String q : new String[] {"where was the round before tallinn", "where did they meet before tallinn",
                "which city hosted the talks prior to tallinn"}) {
            Answer a = CORE.answer(q);
            assertThat(a.answered()).as(q).isTrue();
            assertThat(a.shortAnswer()).as(q).isEqualTo("Riga");
        }
        assertThat(CORE.answer("when was the round before tallinn").shortAnswer()).contains("March");
    }

    @Test
    void withoutBeforeTheRoundNamedAndTheNextStayAnswered() {
        assertThat(CORE.answer("where is the next round after tallinn").shortAnswer()).isEqualTo("Vilnius");
        assertThat(CORE.answer("where exactly in tallinn did they meet, which building").shortAnswer()).isEqualTo("Toompea");
        assertThat(RoundFit.asksWhatPreceded(PARTS.parser().parse("what was the levy before the tallinn deal"))).isFalse();
        assertThat(RoundFit.asksWhatPreceded(PARTS.parser().parse("where did they meet before tallinn"))).isTrue();
    }

    @Test
    void aSentenceThatAnnouncesWhatTheNextTellsAnswersWithIt() {
        Answer a = CORE.answer("why was timber a sticking point");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).contains("Timber remained the biggest sticking point.").contains("certification of legal logging");
        assertThat(a.sources()).hasSize(2);
    }

    @Test
    void aHeadlineSaysWhatHappenedNeverWhy() {
        Answer a = CORE.answer("why are fishing rights unresolved");
        assertThat(a.reply()).doesNotContain("Norway and Peru agree salmon tariff cut in Tallinn, timber");
    }

    @Test
    void theFigureAVerbHalvesIsTheOldEnd() {
        assertThat(CORE.answer("what was the levy on salmon originally").shortAnswer()).isEqualTo("20%");
        assertThat(CORE.answer("peru salmon levy cut to what").shortAnswer()).isEqualTo("10%");
        assertThat(PARTS.parser().parse("what was the levy on salmon originally").terms()).doesNotContain("origin");
    }

    @Test
    void aPersonAskedForByTitleIsSearchedByName() {
        var q = PARTS.parser().parse("what did the trade minister say after the talks");
        assertThat(q.terms()).contains("solberg");
        Answer a = CORE.answer("what did the trade minister say after the talks");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).contains("fair chance");
    }

    @Test
    void whereSomeoneWorksIsNotASentenceThatSaysWork() {
        assertThat(PARTS.parser().parse("which bank does the economist quoted work for").terms()).doesNotContain("work");
        assertThat(CORE.answer("which bank does the economist quoted work for").shortAnswer()).isEqualTo("Andes Capital Bank");
        Answer both = CORE.answer("who is the economist quoted and where does she work");
        assertThat(both.answered()).isTrue(); // "she" is the economist asked about, not someone to ask again about
        assertThat(both.shortAnswer()).contains("Maria Lopez").contains("Andes Capital Bank");
    }

    @Test
    void aTaxedPartyIsNamedByItsAdjectiveToo() {
        assertThat(CORE.answer("peru levy on norway cut to what").shortAnswer()).isEqualTo("10%"); // "levy on Norwegian salmon"
    }

    @Test
    void aFeeIsASumNotARate() {
        assertThat(CORE.answer("new peru port fee for norwegian boats?").shortAnswer()).isEqualTo("$400");
        assertThat(CORE.answer("what was the port fee on norwegian vessels before").shortAnswer()).isEqualTo("$900");
    }

    @Test
    void whatHappensIfIsAnsweredByWhatTheConditionBrings() {
        Answer a = CORE.answer("what happens if they miss the deadline");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).startsWith("The lower salmon levy could be withdrawn");
        var q = PARTS.parser().parse("what happens if they miss the deadline");
        assertThat(ConsequenceSpans.consequence(q, "If the text is not completed by then, 24 points of tariffs could snap back.", null).text())
                .isEqualTo("24 points of tariffs could snap back");
        assertThat(ConsequenceSpans.consequence(q, "The pact moves to annual reviews if any of the three does not confirm.", null).text())
                .isEqualTo("The pact moves to annual reviews");
        assertThat(ConsequenceSpans.consequence(q, "If talks go well, they met in Riga.", null)).isNull(); // says nothing that would follow
        var plain = PARTS.parser().parse("what was agreed on the deadline");
        assertThat(ConsequenceSpans.consequence(plain, "If the text is not completed by then, tariffs could snap back.", null)).isNull();
    }

    @Test
    void aConsequenceIsTheWholeMainClauseAndOnlyOne() {
        var q = PARTS.parser().parse("what'll happen if they miss the deadline");
        assertThat(q.shape().asksConsequence()).isTrue();
        assertThat(ConsequenceSpans.consequence(q, "If the text is not completed by March 1, 2026, 24 points could snap back.", null).text())
                .isEqualTo("24 points could snap back"); // not "2026, 24 points …"
        assertThat(ConsequenceSpans.consequence(q, "Tariffs will rise to 25% even if talks resume.", null)).isNull();
        assertThat(ConsequenceSpans.consequence(q, "They set a deadline, after which the delegations returned home in May.", null)).isNull();
    }

    @Test
    void onlyARecallOfARoundOrAMeetingBeforeARoundCount() {
        assertThat(RoundFit.asksWhatPreceded(PARTS.parser().parse("which round preceded tallinn"))).isTrue();
        assertThat(RoundFit.asksWhatPreceded(PARTS.parser().parse("where was the round before the one in tallinn"))).isTrue();
        assertThat(RoundFit.recallsWhatPreceded("The previous round, held in Riga in March, ended without an agreement")).isTrue();
        assertThat(RoundFit.recallsWhatPreceded("It followed a first round in Washington in October")).isTrue();
        assertThat(RoundFit.recallsWhatPreceded("The meeting followed the announcement of 50% tariffs")).isFalse();
        assertThat(RoundFit.recallsWhatPreceded("Oslo is the last round before the July 9 deadline")).isFalse();
    }

    @Test
    void aShortYesNoAnswerIsNotLengthened() {
        Answer a = CORE.answer("did fish farmers in norway welcome the cut");
        assertThat(a.reply()).startsWith("Fish farmers in Norway welcomed the cut").doesNotContain("fair chance");
    }
}
