package talkbot.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one list of ordinals, as words and as figures, with the number each stands for. */
class OrdinalsTest {
    @Test
    void wordsAndFiguresStandForTheirNumber() {
        assertThat(Ordinals.value("first")).isEqualTo(1);
        assertThat(Ordinals.value("Sixth")).isEqualTo(6);
        assertThat(Ordinals.value("6th")).isEqualTo(6);
        assertThat(Ordinals.value("twelfth")).isEqualTo(12);
        assertThat(Ordinals.value("21st")).isEqualTo(21);
        assertThat(Ordinals.value("round")).isZero();
        assertThat(Ordinals.value("last")).isZero();
    }

    @Test
    void theAlternationTakesWholeOrdinalsAndTheLaterOneNoFirst() {
        Pattern any = Pattern.compile("\\b" + Ordinals.alternation() + " round\\b");
        Pattern later = Pattern.compile("\\b" + Ordinals.laterAlternation() + " round\\b");
        assertThat(any.matcher("the sixth round").find()).isTrue();
        assertThat(any.matcher("the 11th round").find()).isTrue();
        assertThat(any.matcher("the eleventh round").find()).isTrue();
        assertThat(any.matcher("the final round").find()).isFalse();
        assertThat(later.matcher("a seventh round").find()).isTrue();
        assertThat(later.matcher("the first round").find()).isFalse();
        assertThat(later.matcher("the 1st round").find()).isFalse();
        assertThat(later.matcher("the 2nd round").find()).isTrue();
    }
}
