package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "How much X": a figure answers only when what follows it is X, not because another word of the
 * question ("shipped", "last year") is near it — even when the article names X elsewhere.
 */
class MeasuredThingTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("ministries");

    @Test
    void aFigureOfTheThingAskedAnswers() {
        Answer a = CORE.answer("how many tonnes of copper ore did peru ship to chile last year");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("2.1 million");
    }

    @Test
    void aFigureOfAnotherThingDoesNotAnswerWhatTheArticleNamesWithoutAFigure() {
        // the article names zinc (in the data exchange) but gives no figure for it
        Answer zinc = CORE.answer("how many tonnes of zinc did peru ship to chile last year");
        assertThat(zinc.shortAnswer() == null ? "" : zinc.shortAnswer()).doesNotContain("2.1 million");
        Answer silver = CORE.answer("how much silver did peru ship to chile last year");
        assertThat(silver.shortAnswer() == null ? "" : silver.shortAnswer()).doesNotContain("2.1 million");
    }

    @Test
    void aCountOfOtherThingsIsNoWeight() {
        // "1,184 import licences" counts licences: it does not say how many tonnes of lithium
        Answer lithium = CORE.answer("how many tonnes of lithium did chile import from peru since january");
        assertThat(lithium.shortAnswer() == null ? "" : lithium.shortAnswer()).doesNotContain("1,184");
        Answer licences = CORE.answer("how many import licences for lithium did chile issue");
        assertThat(licences.shortAnswer()).contains("1,184");
    }

    @Test
    void aRateIsNoAmountOfTheThingItIsLeviedOn() {
        // every candidate the sentences give, whatever its confidence: "how much avocado" is never "12%" of "a 12% duty on avocados"
        Cores.Parts parts = Cores.parts("measured-rate");
        assertThat(parts.candidates("how much avocado did peru sell to chile last yr"))
                .extracting(Candidate::shortAnswer).doesNotContain("12%");
        assertThat(parts.candidates("what duty does chile charge on peruvian avocados"))
                .extracting(Candidate::shortAnswer).contains("12%");
    }

    @Test
    void aFigureInAParticipleGoingOnFromTheThingMeasuredAnswers() {
        QuestionAnswerer core = Cores.testCorpus("measured-participle");
        // "the largest exporter of bananas, shipping about 6 million tonnes a year": the tonnes are bananas
        Answer bananas = core.answer("how many tonnes of bananas does ecuador ship a year");
        assertThat(bananas.answered()).isTrue();
        assertThat(bananas.shortAnswer()).contains("6 million");
        // the participle goes on from "medicine exports", not from cocoa: no figure of cocoa
        Answer cocoa = core.answer("how much cocoa does ecuador sell to panama");
        assertThat(cocoa.shortAnswer() == null ? "" : cocoa.shortAnswer()).doesNotContain("40 tonnes");
    }
}
