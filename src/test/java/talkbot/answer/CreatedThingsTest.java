package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "What did they set up": the thing the verb of setting up takes, not the clause around it. */
class CreatedThingsTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/bodies-set-up"));

    @Test
    void whatWasSetUpIsTheThingTheVerbTakes() {
        // "agreed to set up a joint customs panel to check the origin …": the panel, not what it is for
        assertThat(CORE.answer("what did they set up in lima").shortAnswer()).isEqualTo("A joint customs panel");
        assertThat(CORE.answer("what new body did the us and peru create on fishing?").shortAnswer())
                .isEqualTo("An expert group on fishing quotas");
    }

    @Test
    void aQuestionThatAsksNoThingSetUpIsAnsweredAsBefore() {
        assertThat(Cores.parts("bodies-set-up").candidates("what did washington want from peru on pork")).extracting(Candidate::shortAnswer)
                .doesNotContain("A joint customs panel", "An expert group on fishing quotas", "A U.S.-Peru review of $1.5 billion of copper sales");
    }

    @Test
    void theThingEndsWhereWhatItIsForBeginsNotInsideAFigureOrAnAbbreviation() {
        assertThat(CORE.answer("what did they set up on copper sales").shortAnswer())
                .isEqualTo("A U.S.-Peru review of $1.5 billion of copper sales");
    }
}
