package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "Where were the earlier rounds held" asks for several places: every place of the clause that
 * answers, in the order written; "where was the next round" for one.
 */
class SeveralPlacesTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("several-places");
    private static final Cores.Parts PARTS = Cores.parts("several-places");

    @Test
    void earlierRoundsAreAllThePlacesOfTheClause() {
        assertThat(PARTS.top("where were the earlier sessions this year").shortAnswer()).isEqualTo("Riga and Vilnius");
        assertThat(PARTS.top("which cities hosted the earlier sessions this year").shortAnswer()).isEqualTo("Riga and Vilnius");
    }

    @Test
    void oneRoundIsOnePlace() {
        assertThat(CORE.answer("where is the next round").shortAnswer()).isEqualTo("Helsinki");
        assertThat(CORE.answer("where was the session in june").shortAnswer()).isEqualTo("Vilnius");
        // a month picks one of the places the clause names, even when the question asks in the plural
        assertThat(PARTS.top("where were the sessions in june").shortAnswer()).isEqualTo("Vilnius");
    }
}
