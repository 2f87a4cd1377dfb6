package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The answer's type read from how the question asks: "which norwegian body" wants an organisation
 * however many words qualify the noun, and "where did she post" is answered by the medium while
 * "where did she meet" is answered by the place.
 */
class TypedAnswersTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/typed"));

    @Test
    void aQualifiedWhichNounAsksForAnOrganisation() {
        Answer a = CORE.answer("which norwegian body announced the new quota rules?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Ministry of Fisheries");
    }

    @Test
    void whereSomethingWasPostedIsTheMediumAndWhereSomeoneMetIsThePlace() {
        assertThat(CORE.answer("where did holm post her reaction?").shortAnswer()).contains("Bluesky");
        assertThat(CORE.answer("where did holm meet the norwegian delegation?").shortAnswer()).contains("Akershus Fortress");
    }

    @Test
    void ofTwoFiguresInAClauseTheOneFollowedByWhatIsAskedAnswers() {
        assertThat(CORE.answer("what share of the haddock does norway land?").shortAnswer()).contains("60%");
        assertThat(CORE.answer("what share of the cod catch does norway land?").shortAnswer()).contains("40%");
    }
}
