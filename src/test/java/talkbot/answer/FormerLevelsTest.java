package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A level that no longer holds ("up from the $60 billion it promised last year") does not answer
 * a question about what holds now.
 */
class FormerLevelsTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/former-levels"));
    private static final Cores.Parts PARTS = Cores.parts("former-levels");

    @Test
    void aQuestionAboutNowIsNotAnsweredByTheLevelBefore() {
        assertThat(CORE.answer("korea investment pledge total now?").shortAnswer()).isEqualTo("$80 billion");
        assertThat(CORE.answer("how much is korea's investment pledge now").shortAnswer()).isEqualTo("$80 billion");
        // the sentence that gives the level before is no figure answer at all, not merely a weaker one
        assertThat(PARTS.candidates("korea investment pledge total now?")).extracting(Candidate::shortAnswer).doesNotContain("$60 billion");
        assertThat(PARTS.candidates("how much was korea's investment pledge last year")).extracting(Candidate::shortAnswer).contains("$60 billion");
    }

    @Test
    void theNewLevelOfAChangeStillAnswers() {
        // "rose from $2 billion to $3 billion": the "to" end is the level now, though "rose from" stands a few words before it
        assertThat(CORE.answer("how big is korea's shipbuilding fund now").shortAnswer()).isEqualTo("$3 billion");
    }
}
