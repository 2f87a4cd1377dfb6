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
        assertThat(CORE.answer("what did washington want from peru on pork").shortAnswer()).doesNotContain("panel", "expert group");
    }
}
