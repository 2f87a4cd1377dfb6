package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A report that tells of its rounds by their numbers ("The first round, in Oslo in late January, …, and a second round in
 * Washington on March 23-24 …"): the time of the round asked for is the one written with its number, and the days of the
 * round the question names are not those of a round the report recalls at another place.
 */
class NumberedRoundsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("numbered-rounds");

    @Test
    void theFirstRoundsTimeIsTheOneToldWithIt() {
        for (String question : new String[] {"when was the first round", "first round of these talks - which month"}) {
            Answer a = CORE.answer(question);
            assertThat(a.shortAnswer()).as(question).contains("January 2027").doesNotContain("March");
        }
    }

    @Test
    void theSecondRoundsTimeIsTheOneToldWithIt() {
        assertThat(CORE.answer("when was the second round held").shortAnswer()).contains("March 23").doesNotContain("January");
    }

    @Test
    void theDaysOfTheRoundNamedAreNotThoseOfARoundRecalledElsewhere() {
        // the sentences of the rounds recalled say as many of the question's words ("held", "round"), but of Oslo and Washington
        for (String question : new String[] {"what days did the bergen talks take place", "what days did the talks take place"}) {
            Answer a = CORE.answer(question);
            assertThat(a.shortAnswer()).as(question).contains("Thursday 20 May").contains("Friday 21 May").doesNotContain("March");
        }
    }

    @Test
    void aRoundRecalledAtAnotherCityIsAnotherRoundThanTheOneNamed() {
        // "held at the Office of the U.S. Trade Representative in Washington": the city after the venue; "The first round, in
        // Oslo …, and a second round in Washington …": the sentence never names Bergen, and tells of rounds elsewhere
        var recalled = Cores.parts("numbered-rounds").candidates("what days did the bergen talks take place").stream()
                .filter(c -> c.shortAnswer() != null && c.shortAnswer().contains("March")).toList();
        assertThat(recalled).hasSize(2).allSatisfy(c -> assertThat(c.features().get("round_mismatch")).isEqualTo(1.0));
    }

    @Test
    void theNumberOfATimeIsTheOneToldBeforeIt() {
        String s = "The first round, in Oslo in late January, broke up, and a second round in Washington on March 23-24 produced a text.";
        assertThat(NumberedRounds.at(s, s.indexOf("late January"), s.indexOf("late January") + 12)).isEqualTo(1);
        assertThat(NumberedRounds.at(s, s.indexOf("March"), s.indexOf("March") + 11)).isEqualTo(2);
        String timeline = "July 17-18 - First round held in Washington; Sept. 12-13 - Second round held in Honolulu.";
        assertThat(NumberedRounds.at(timeline, 0, 10)).isEqualTo(1);
        assertThat(NumberedRounds.at(timeline, timeline.indexOf("Sept."), timeline.indexOf("Sept.") + 11)).isEqualTo(2);
        assertThat(NumberedRounds.at("A third of goods was shipped in May.", 32, 35)).isZero();
        // a bare number is a round only set off by a comma before where: not "by a third in May", nor "spoke first on Thursday"
        String share = "Exports fell by a third in May.";
        assertThat(NumberedRounds.at(share, share.indexOf("May"), share.indexOf("May") + 3)).isZero();
        String spoke = "Quinn spoke first on Thursday, before talks in Oslo.";
        assertThat(NumberedRounds.at(spoke, spoke.indexOf("Thursday"), spoke.indexOf("Thursday") + 8)).isZero();
        String bare = "The first round, in Stockholm in April, produced a pause, while the second, in Kuala Lumpur in June, did not.";
        assertThat(NumberedRounds.at(bare, bare.indexOf("June"), bare.indexOf("June") + 4)).isEqualTo(2);
        String capital = "Jan. 14 - The first round opened in Geneva.";
        assertThat(NumberedRounds.at(capital, 0, 7)).isEqualTo(1);
    }

    @Test
    void roundsPastTheEighthKeepTheirNumber() {
        // a long series: "the ninth round" was read as the eighth, and "an 11th round" as no round at all
        String s = "The ninth round, in Nairobi in May, ended early, while the tenth, in Hanoi in July, produced a text.";
        assertThat(NumberedRounds.at(s, s.indexOf("May"), s.indexOf("May") + 3)).isEqualTo(9);
        assertThat(NumberedRounds.at(s, s.indexOf("July"), s.indexOf("July") + 4)).isEqualTo(10);
        String figures = "An 11th round, in Brisbane in March, followed.";
        assertThat(NumberedRounds.at(figures, figures.indexOf("March"), figures.indexOf("March") + 5)).isEqualTo(11);
    }
}
