package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Reports of the second round of two negotiations (US-Chile, US-Kenya), each telling of its first
 * round in a sentence of its own, and the report of a first round (US-Peru): a question about the
 * first round of talks between the countries it names is answered from the sentence that tells of
 * it, with the first round's place and date, not from the report's own round; a report of a first
 * round is about it throughout.
 */
class FirstRoundTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/first-rounds"));
    private static final Cores.Parts PARTS = Cores.parts("first-rounds");

    @Test
    void theFirstRoundIsTheOneTheReportTellsOf() {
        Answer a = CORE.answer("when was the first round of us kenya talks");
        assertThat(a.shortAnswer()).contains("March 2027");
        assertThat(a.sources().get(0).sentence()).startsWith("It followed a first round in Nairobi");
    }

    @Test
    void itsPlaceIsTheOneWrittenAfterIt() {
        Answer a = CORE.answer("where and when was the first round of the us chile talks");
        assertThat(a.shortAnswer()).startsWith("Washington").contains("June");
    }

    @Test
    void theReportOfOtherPartiesDoesNotAnswer() {
        assertThat(CORE.answer("where was the first round of the us chile talks held").shortAnswer()).isEqualTo("Washington");
        assertThat(CORE.answer("where was the first round of the us kenya talks held").shortAnswer()).isEqualTo("Nairobi");
    }

    @Test
    void aQuestionAboutTheReportsOwnRoundIsAnsweredFromIt() {
        assertThat(CORE.answer("where did the us and kenya meet this week").shortAnswer()).isEqualTo("Mombasa");
    }

    @Test
    void theReportOfAFirstRoundIsAboutIt() {
        // "The first round of the talks, held in Lima" is the report's own round: its other sentences answer too
        String q = "who headed peru's delegation at the first round of the us peru talks";
        assertThat(CORE.answer(q).shortAnswer()).isEqualTo("Sofia Quispe");
        Candidate top = PARTS.candidates(q).stream().max(java.util.Comparator.comparingDouble(Candidate::confidence)).orElseThrow();
        assertThat(top.shortAnswer()).isEqualTo("Sofia Quispe");
        assertThat(top.features().get("round_mismatch")).isZero();
    }
}
