package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The report of a round in Valparaiso recalls the rounds before it in Iquique and Washington;
 * Iquique is a city no atlas of the bot's knows, read as a place only by how the sentence names it
 * ("Second round held in Iquique").
 */
class UnlistedPlacesTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/unlisted-places"));
    private static final Cores.Parts PARTS = Cores.parts("unlisted-places");

    @Test
    void aRoundHeldAtAPlaceNoAtlasKnowsIsAnotherRound() {
        String q = "where in valparaiso were the talks held";
        assertThat(CORE.answer(q).shortAnswer()).isEqualTo("Cerro Alegre Palace");
        Candidate timeline = PARTS.candidates(q).stream().filter(c -> c.sources().get(0).text().startsWith("Sept. 10-11")).findFirst().orElseThrow();
        assertThat(timeline.features().get("round_mismatch")).isEqualTo(1.0);
    }

    @Test
    void thePreviousRoundOfTalksBetweenCountriesIsTheOneTheirReportRecalls() {
        Answer a = CORE.answer("where was the previous round of us-chile talks held");
        assertThat(a.shortAnswer()).isEqualTo("Iquique");
        Candidate top = PARTS.top("where was the previous round of us-chile talks held");
        assertThat(top.features().get("round_place")).isEqualTo(1.0); // told as the round before, not found by its words alone
    }

    @Test
    void aPlaceOnlyTheReadingKnowsIsAnotherRoundsOnlyAfterRound() {
        // "met in Almendral, a district of Valparaiso": a meeting there is not another round
        Candidate met = PARTS.candidates("where did the delegations meet in valparaiso").stream()
                .filter(c -> c.sources().get(0).text().startsWith("The delegations met in Almendral")).findFirst().orElseThrow();
        assertThat(met.features().get("round_mismatch")).isZero();
    }
}
