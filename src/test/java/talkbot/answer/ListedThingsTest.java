package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Which regions" asks for every one the sentence lists ("in Arequipa and Piura"); "which region" for one. */
class ListedThingsTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("measured-rate");

    @Test
    void aPluralKindGetsTheWholeList() {
        Answer regions = CORE.answer("which regions are the packing plants going in");
        assertThat(regions.answered()).isTrue();
        assertThat(regions.shortAnswer()).isEqualTo("Arequipa and Piura");
    }

    @Test
    void aSingularKindGetsOne() {
        Answer region = CORE.answer("which region are the packing plants going in");
        assertThat(region.shortAnswer()).isEqualTo("Arequipa");
    }
}
