package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What was agreed at a round that a later report only recalls: the recall answers, in the clause that says what was done there. */
class RecalledAgreementsTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/recalled-agreements"));

    @Test
    void aClauseThatTellsWhatHappenedAtTheRoundTheClauseBeforeNamesIsOfThatRound() {
        // "… a first round held in Guadalajara in September …, where the two governments agreed to freeze …"
        Answer a = CORE.answer("what did the two countries agree at the september round in guadalajara");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("freeze any new duties");
    }

    @Test
    void aDateCutByACommaBeforeItsYearStillDatesTheClause() {
        // "following a session in Perth on Nov. 8 and 9, 2027, at which Tokyo agreed to freeze …"
        Answer a = CORE.answer("what did they decide at the perth round last november");
        assertThat(a.answered()).isTrue();
        assertThat(a.reply()).contains("freeze a planned increase");
    }

    @Test
    void theCityOfTheRoundAskedTellsWhichRoundNotWhichClause() {
        // "At the previous round, held in Lisbon on Nov. 18-19, 2027, the two sides agreed to set up …": not "held in Lisbon"
        Answer a = CORE.answer("what did they decide in lisbon");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("working group");
    }

    @Test
    void aSentenceThatOpensWithWhereAndWhenSaysItOfItsMainClause() {
        // "In Rabat in October, the first round produced a 60-day truce …": the clause that answers is of the round in Rabat
        Answer a = CORE.answer("what came out of the first round in rabat back in october");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("60-day truce");
        Candidate top = Cores.parts("recalled-agreements").top("what came out of the first round in rabat back in october");
        assertThat(top.features().get("round_match")).isEqualTo(1.0);
    }
}
