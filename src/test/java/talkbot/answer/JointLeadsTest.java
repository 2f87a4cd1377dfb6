package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** People named in a row before the verb a question asks by all did it; a second thing asked by its noun ("and what date") is answered too. */
class JointLeadsTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/joint-leads"));

    @Test
    void everyoneInTheRowBeforeTheVerbAnswers() {
        // "Ellison and Commerce Under Secretary Dana Whitfield led": both led, not the one nearest the verb
        Answer a = CORE.answer("who led the us delegation in lima");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Ellison and Dana Whitfield");
    }

    @Test
    void everyoneInTheRowBeforeAPassiveVerbAnswers() {
        // "Ellison and Trade Minister Rosa Quispe are expected to sign": "who is expected to" asks for both
        Answer a = CORE.answer("who is expected to sign the fishmeal protocol in washington");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Ellison and Rosa Quispe");
    }

    @Test
    void theOtherSideIsNotInTheRow() {
        assertThat(CORE.answer("who represented peru in lima").shortAnswer()).isEqualTo("Rosa Quispe");
    }

    @Test
    void aRelativeClauseIsSaidOfItsOwnNameOnly() {
        // "met Mark Ellison, Dana Whitfield and Luis Ortega, who led the fishmeal talks": Ortega led them
        assertThat(CORE.answer("who led the fishmeal talks").shortAnswer()).isEqualTo("Luis Ortega");
    }

    @Test
    void theDoerOfTheVerbAskedIsTheOneTitledSo() {
        // "who negotiated": the sentence never says "negotiated", but names "Peru's chief copper negotiator, Jorge Huaman"
        Answer a = CORE.answer("who negotiated copper for peru");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Jorge Huaman");
    }

    @Test
    void aSecondThingAskedByItsNounIsAnswered() {
        Answer a = CORE.answer("where's the next round and what date");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Washington").contains("November 18");
    }
}
