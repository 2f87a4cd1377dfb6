package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "Which bank", "which think tank": an organisation that names another kind, in its name or the words after it, does not answer. */
class OrgKindsTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/org-kinds"));

    @Test
    void aBankAnswersWhichBank() {
        Answer a = CORE.answer("which bank does the economist work for");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Galata Investment Bank");
    }

    @Test
    void aConsultancyDoesNotAnswerWhichThinkTank() {
        // "Korfez Maritime Research, a London-based consultancy, estimated that freight costs … would fall"
        Answer a = CORE.answer("which think tank estimated that freight costs would fall");
        assertThat(String.valueOf(a.shortAnswer())).doesNotContain("Korfez");
        assertThat(CORE.answer("which consultancy estimated that freight costs would fall").shortAnswer()).isEqualTo("Korfez Maritime Research");
    }

    @Test
    void aModelNameIsNoCompany() {
        // "Turkish carriers … 30 737 MAX narrowbodies": MAX is part of the jet's name, not an airline
        assertThat(String.valueOf(CORE.answer("which turkish airlines are getting the boeing jets").shortAnswer())).doesNotContain("MAX");
    }
}
