package talkbot.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clauses break at punctuation and at "while"/"but", never inside a quotation or a figure. */
class ClausesTest {
    private static List<String> clauses(String sentence) {
        return Clauses.of(sentence).stream().map(c -> sentence.substring(c.start(), c.end())).toList();
    }

    @Test
    void breaksAtCommasAndBeforeWhile() {
        assertThat(clauses("A cut its tariff from 40% to 15%, while B cut its own from 60% to 20%."))
                .containsExactly("A cut its tariff from 40% to 15%", "while B cut its own from 60% to 20%");
    }

    @Test
    void aCommaInsideAFigureIsNoBreak() {
        assertThat(clauses("Under the deal, a quota of 100,000 British cars a year will be allowed in, down from 27.5%."))
                .containsExactly("Under the deal", "a quota of 100,000 British cars a year will be allowed in", "down from 27.5%");
        assertThat(clauses("The truce had been set to lapse at 12:01 a.m. on Aug. 12, officials said."))
                .containsExactly("The truce had been set to lapse at 12:01 a.m. on Aug. 12", "officials said");
    }

    @Test
    void aCommaAfterAFigureStillBreaks() {
        assertThat(clauses("In 2025, China bought 12 million tonnes, about half the target."))
                .containsExactly("In 2025", "China bought 12 million tonnes", "about half the target");
        assertThat(clauses("Prices fell 3,4 and 5 days in a row: 1, 2, 3.")).contains("Prices fell 3,4 and 5 days in a row");
    }

    @Test
    void neverBreaksInsideAQuotation() {
        assertThat(clauses("\"We agreed, in principle, on a framework,\" Bessent said."))
                .containsExactly("\"We agreed, in principle, on a framework,\" Bessent said");
        assertThat(clauses("Bessent said: \"We agreed, in principle.\"")).containsExactly("Bessent said", "\"We agreed, in principle.\"");
    }
    private static int subjectOf(String sentence, int clause) {
        return Clauses.subjectOf(sentence, Clauses.of(sentence), clause);
    }

    @Test
    void aPredicateAfterARelativeClauseGoesOnFromTheSubjectBeforeIt() {
        String nike = "Shares of Nike and Lululemon, which source much of their apparel from Vietnam, rose about 4% on Wednesday, "
                + "and Vietnam's benchmark closed up 1.2%.";
        assertThat(subjectOf(nike, 2)).isEqualTo(0); // "rose about 4%": the shares rose
        assertThat(subjectOf(nike, 3)).isEqualTo(-1); // "and Vietnam's benchmark …" has a subject of its own
        assertThat(subjectOf(nike, 1)).isEqualTo(-1);
        assertThat(subjectOf("Greer, who led the team, left Geneva on Monday.", 2)).isEqualTo(0);
        // what someone said is read with its speaker by the quotations' rules
        assertThat(subjectOf("Greer, who led the team, said the talks were constructive.", 2)).isEqualTo(-1);
        // no relative clause between, or a clause that opens with no predicate
        assertThat(subjectOf("In Geneva, on Monday, officials met.", 2)).isEqualTo(-1);
        assertThat(subjectOf("Greer, who led the team, according to officials, left early.", 2)).isEqualTo(-1);
        // a clause with a subject of its own that speaks
        assertThat(subjectOf("Greer met Akazawa in Tokyo, which hosted the first round, officials said.", 2)).isEqualTo(-1);
    }

    @Test
    void theAgentOfAPassiveAfterAnAsideGoesOnFromThePassive() {
        String led = "China's delegation was led, as in every previous round, by Vice Premier Zhou Lianfeng.";
        assertThat(subjectOf(led, 2)).isEqualTo(0); // "by Vice Premier Zhou Lianfeng" led the delegation
        assertThat(subjectOf("The talks were hosted, once again, by Finance Minister Ana Ruiz.", 2)).isEqualTo(0);
        // no passive before the aside, or no aside, or an agent that is no name
        assertThat(subjectOf("China sent its delegation, as in every previous round, by Vice Premier Zhou.", 2)).isEqualTo(-1);
        assertThat(subjectOf("The delegation was led, officials said, by Vice Premier Zhou.", 2)).isEqualTo(-1);
        assertThat(subjectOf("Tariffs were raised, as expected, by about 10%.", 2)).isEqualTo(-1);
        assertThat(subjectOf("Tariffs will be lowered, in stages, by June 30.", 2)).isEqualTo(-1); // a day is no agent
    }
}
