package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.intent.Intent;

/**
 * What a side asked for is not what was agreed: "how much was Washington asking for" is answered by
 * the figure "had pushed for" leads to, even when the sentence before it says what is measured;
 * "what will the quota rise to" by the agreed one. A second figure question joined by "and" ("…
 * and what's it rising to", "… and to what total") is answered with the sentence's other figure.
 * The "a year" of "from 7,000 tonnes a year to 9,500 tonnes" does not part the new quota from the
 * words that lead to the change.
 */
class DemandsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("demands");
    private static final Cores.Parts PARTS = Cores.parts("demands");

    @Test
    void aDemandIsAnsweredByWhatASidePushedFor() {
        assertThat(CORE.answer("how much cheese access was washington asking for").shortAnswer()).isEqualTo("15,000 tonnes");
        assertThat(CORE.answer("what % did washington originally want on fish feed").shortAnswer()).isEqualTo("2%");
    }

    @Test
    void whatWasAgreedIsNotWhatASideAskedFor() {
        assertThat(CORE.answer("what will the cheese quota rise to").shortAnswer()).isEqualTo("9,500 tonnes");
        assertThat(CORE.answer("how big will the cheese quota be").shortAnswer()).isEqualTo("9,500 tonnes");
        assertThat(CORE.answer("what is norway's tariff on us fish feed now").shortAnswer()).isEqualTo("6%");
    }

    @Test
    void aSecondFigureJoinedByAndIsTheSentencesOtherFigure() {
        assertThat(PARTS.parser().parse("whats the us fee on norwegian aluminium now and what's it rising to").also().intent())
                .isEqualTo(Intent.HOW_MUCH);
        assertThat(CORE.answer("whats the us fee on norwegian aluminium now and what's it rising to").shortAnswer()).isEqualTo("$30, $45");
        assertThat(CORE.answer("how far did norway's exports to the us fall in 2028 and to what total").shortAnswer())
                .isEqualTo("9%, about $6.2 billion");
    }

    @Test
    void onlyAskingForSomethingLeadsToADemand() {
        assertThat(Demands.leads("Washington had pushed for 40,000", "Washington had pushed for ".length())).isTrue();
        assertThat(Demands.leads("the EU had sought 5", "the EU had sought ".length())).isTrue();
        assertThat(Demands.leads("negotiators had proposed a quota of just 3", "negotiators had proposed a quota of just ".length())).isTrue();
        assertThat(Demands.leads("officials asked Washington to remove 14", "officials asked Washington to remove ".length())).isTrue();
        for (String lead : java.util.List.of("the selloff pushed the Nasdaq down ", "the so-called ", "pressing ahead with its ",
                "China pushed back against the ", "when asked about the ")) {
            assertThat(Demands.leads(lead + "25%", lead.length())).as(lead).isFalse();
        }
    }

    @Test
    void aSecondQuestionOfAnotherKindIsNoFigure() {
        assertThat(PARTS.parser().parse("where and when were the talks").also().intent()).isEqualTo(Intent.WHEN);
        assertThat(PARTS.parser().parse("who led the talks and how much did they agree").also()).isNull();
        // "… and from what countries" asks where from, a second question of places, not a second figure
        assertThat(PARTS.parser().parse("how many tonnes did norway import and from what countries").also().intent()).isEqualTo(Intent.WHERE);
        assertThat(PARTS.parser().parse("what tariff did the us set and what did they agree to").also()).isNull();
    }
}
