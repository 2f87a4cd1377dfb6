package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A question that names its round by place ("the lisbon talks") is answered by that round's
 * sentences even when they name people the question does not: they are that round's parties,
 * not someone else.
 */
class RoundNamedTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("venues");

    @Test
    void theVenueOfTheNamedRoundAnswersThoughItsSentenceNamesTheNegotiators() {
        Answer lisbon = CORE.answer("which hotel hosted the lisbon talks?");
        assertThat(lisbon.answered()).isTrue();
        assertThat(lisbon.shortAnswer()).contains("Pestana Palace");
    }

    @Test
    void theOtherRoundIsNotTheAnswer() {
        Answer lisbon = CORE.answer("which hotel hosted the lisbon talks?");
        assertThat(lisbon.shortAnswer()).doesNotContain("Grand Hotel");
    }

    @Test
    void theNextRoundAnnouncedInTheNamedRoundsReportAnswersThoughItIsElsewhere() {
        // the Lisbon report's "will meet again in Oslo" says where they meet next: not an aside on the Oslo round
        Answer next = Cores.testCorpus("next-round").answer("which city hosts the next round after lisbon");
        assertThat(next.answered()).isTrue();
        assertThat(next.shortAnswer()).contains("Oslo");
    }

    @Test
    void aVenueThatSaysTheKindAskedAnswersFromAnAside() {
        // "The meeting, held at the Harbour Grand Hotel in …, was led by …": the hotel sits in an aside of the sentence
        Answer hotel = Cores.testCorpus("venue-clause").answer("which hotel hosted the valletta talks");
        assertThat(hotel.answered()).isTrue();
        assertThat(hotel.shortAnswer()).contains("Harbour Grand Hotel");
    }

    @Test
    void aVenueFollowedByTheKindAskedAnswersFromAnAsideToo() {
        // "held at the Okura Harbour hotel": the kind comes after the name, in lower case
        Answer hotel = Cores.testCorpus("venue-after").answer("which hotel hosted the valletta talks");
        assertThat(hotel.answered()).isTrue();
        assertThat(hotel.shortAnswer()).contains("Okura Harbour");
    }

    @Test
    void theNextRoundIsWhereTheySayTheyWillMeetNotWhereTheSeriesBegan() {
        // "a series that began in Reykjavik in May 2025" names a place and a date too, in the past of the report
        QuestionAnswerer core = Cores.testCorpus("next-ahead");
        Answer next = core.answer("where and when is the next round after tallinn");
        assertThat(next.answered()).isTrue();
        assertThat(next.shortAnswer()).contains("Tartu").doesNotContain("Reykjavik");
    }

    @Test
    void theNextMeetingIsADayAfterTheReportNotTheDayTheRoundEnded() {
        // the lead dates the round "on Thursday" and says they "would meet again": the day it dates is no answer
        Answer when = Cores.testCorpus("next-day").answer("when do they meet next after tallinn");
        assertThat(when.answered()).isTrue();
        assertThat(when.shortAnswer()).contains("September").doesNotContain("July");
    }

    @Test
    void onlyAQuestionOfWhatComesNextWantsWhatLiesAhead() {
        talkbot.intent.QuestionParser parser = Cores.parts("next-ahead").parser();
        assertThat(Ahead.asked(parser.parse("when will they meet again"))).isTrue();
        assertThat(Ahead.asked(parser.parse("where is the next round"))).isTrue();
        assertThat(Ahead.asked(parser.parse("where did they meet next after reykjavik"))).isFalse(); // asked of the past
        assertThat(Ahead.asked(parser.parse("who leads the next round"))).isFalse(); // a person, not where or when
    }

    @Test
    void theClauseThatAnswersNeedNotSayThePlaceOfItsOwnRound() {
        // "worth of wine to New Zealand last year" is the answering clause of a report of talks in Australia: the place goes
        // unsaid there, and the sentence is of the round the question names, not another's
        Answer a = Cores.testCorpus("place-unsaid").answer("how much wine did aus sell to new zealand last yr");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("60 million");
        assertThat(Cores.parts("place-unsaid").candidates("how much wine did aus sell to new zealand last yr"))
                .filteredOn(c -> c.shortAnswer().contains("60 million"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.features().get("round_mismatch")).isZero());
    }
}
