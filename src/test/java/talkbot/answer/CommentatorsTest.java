package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "Which analyst commented": a person whose title names that kind of person in other words ("economist") answers. */
class CommentatorsTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/commentators"));

    @Test
    void anEconomistAnswersWhichAnalyst() {
        Answer a = CORE.answer("which analyst commented on the outcome and what think tank is he with");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).startsWith("Tomas Herrera").contains("Andean Policy Institute");
    }

    @Test
    void aQuestionByWhatSomeoneDidIsNotAnsweredByTheirKind() {
        // "who led the us side" asks by a verb: the leader, not the first official-sounding title
        assertThat(CORE.answer("who led the us side in quito").shortAnswer()).isEqualTo("Mark Ellison");
    }

    @Test
    void howMuchAYearIsASumPerYear() {
        // "a yr" is no thing measured: the sum a year answers
        assertThat(CORE.answer("how much a yr would a 25% tariff cost according to the analyst").shortAnswer()).isEqualTo("about $2 billion");
    }
}
