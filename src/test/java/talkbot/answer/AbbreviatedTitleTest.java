package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title asked by the abbreviation the corpus's synonyms give it is the title the question says. */
class AbbreviatedTitleTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("abbreviated-titles");

    @Test
    void theAbbreviationOfATitlePicksItsHolderFromARow() {
        // "led by Finance Minister Rosa Pinto and Trade Representative Elena Fuentes"
        Answer a = CORE.answer("who was the ctr at the bergen talks");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Elena Fuentes");
        assertThat(CORE.answer("who was the trade representative at the bergen talks").shortAnswer()).isEqualTo("Elena Fuentes");
    }
}
