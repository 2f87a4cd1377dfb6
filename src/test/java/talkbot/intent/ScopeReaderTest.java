package talkbot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Round;
import talkbot.index.TextAnalysis;

/** Which days a question's month names, against the rounds the corpus holds. */
class ScopeReaderTest {
    private static Round round(String id, String place, LocalDate day) {
        return new Round(id, place, List.of(place), day, day, day);
    }

    /** Rounds in October 2025 and in November 2026: the newest news, the bot's "now", is from November 2026. */
    private final ScopeReader reader = new ScopeReader(List.of(
            round("kl", "Kuala Lumpur", LocalDate.of(2025, 10, 26)),
            round("geneva", "Geneva", LocalDate.of(2026, 11, 17))), TextAnalysis.withSynonyms(List.of()), name -> false);

    @Test
    void aMonthWithoutItsYearIsTheLatestSuchMonthThatHadARound() {
        Scope october = reader.read("how many points did the dow shed after the october rare earth news");
        assertThat(october.from()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(october.to()).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void aMonthThatHadARoundThisYearStaysThisYears() {
        assertThat(reader.read("what was agreed in november").from()).isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aYearSaidOrATimeAheadIsTakenAsAsked() {
        assertThat(reader.read("what happened in october 2026").from()).isEqualTo(LocalDate.of(2026, 10, 1));
        // nothing was held in September 2026, but "will" asks about the days ahead, not a past round
        assertThat(reader.read("what will happen in september").from()).isEqualTo(LocalDate.of(2026, 9, 1));
        // no round in any March: the month as first read
        assertThat(reader.read("what was agreed in march").from()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void aMonthWithoutItsYearAlsoCoversThatMonthOfTheYearsBefore() {
        ScopeReader twoJulys = new ScopeReader(List.of(
                round("stockholm", "Stockholm", LocalDate.of(2025, 7, 29)),
                round("singapore", "Singapore", LocalDate.of(2026, 7, 16))), TextAnalysis.withSynonyms(List.of()), name -> false);
        Scope july = twoJulys.read("what did vietnam agree in july");
        assertThat(july.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(july.anyYear((from, to) -> !from.isAfter(LocalDate.of(2025, 7, 3)) && !to.isBefore(LocalDate.of(2025, 7, 3)))).isTrue();
        assertThat(july.anyYear((from, to) -> !from.isAfter(LocalDate.of(2025, 8, 3)) && !to.isBefore(LocalDate.of(2025, 8, 3)))).isFalse();
        // a year said, or "last month", is one time only
        assertThat(twoJulys.read("what did vietnam agree in july 2026").yearsBack()).isZero();
        Scope lastMonth = twoJulys.read("what did vietnam agree last month");
        assertThat(lastMonth.yearsBack()).isZero();
        assertThat(lastMonth.from()).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    void aRoundNamedByItsCitysShortNameCoversTheWordsOfTheFullName() {
        ScopeReader hk = new ScopeReader(List.of(new Round("hk", "Hong Kong", List.of("Hong Kong", "HK"),
                LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 14), LocalDate.of(2026, 1, 15))),
                TextAnalysis.withSynonyms(List.of()), name -> false);
        Scope scope = hk.read("who led china's team in the hk round");
        assertThat(scope.places()).containsExactly("hk");
        // the question's "hk" is searched as Hong Kong: a sentence of that round covers those words too
        assertThat(scope.terms()).contains("hong", "kong");
    }
}
