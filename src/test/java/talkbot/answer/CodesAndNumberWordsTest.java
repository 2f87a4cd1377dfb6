package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A code of letters and digits is one word however it is typed ("H-1B", "h1b", "h-1b"), and figures written in words answer figure questions. */
class CodesAndNumberWordsTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/codes"));

    @Test
    void aCodeIsFoundHoweverItIsTyped() {
        for (String q : new String[] {"h1b fee now?", "h-1b fee now?", "H-1B fee now?"}) {
            Answer a = CORE.answer(q);
            assertThat(a.shortAnswer()).as(q).isEqualTo("six thousand dollars");
        }
    }

    @Test
    void aCodesHyphenIsDroppedButAYearsIsNot() {
        assertThat(talkbot.index.TextAnalysis.joinCodes("H-1B visas, F-35 jets, covid-19 and COVID-19 cases in mid-2025"))
                .isEqualTo("H1B visas, F35 jets, covid19 and COVID19 cases in mid-2025");
    }

    @Test
    void aFigureWrittenInWordsAnswers() {
        assertThat(CORE.answer("india tarrif on us almonds now?").shortAnswer()).isEqualTo("fifteen percent");
        assertThat(CORE.answer("how high was india's almond duty before?").shortAnswer()).isEqualTo("thirty-five percent");
    }
}
