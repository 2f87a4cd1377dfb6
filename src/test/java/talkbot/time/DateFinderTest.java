package talkbot.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    private static final LocalDate MONDAY_9_JUNE = LocalDate.of(2025, 6, 9);
    private static final LocalDate TUESDAY_29_JULY = LocalDate.of(2025, 7, 29);

    private static DateMention only(String text, LocalDate anchor) {
        List<DateMention> found = DateFinder.strict().find(text, anchor);
        assertThat(found).as(text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}..{2}")
    @CsvSource(delimiter = '|', value = {
        // a report published on Monday 9 June 2025
        "The talks are set to resume in London on Monday.|2025-06-09|2025-06-09",
        "Speaking to Fox News on Sunday, she said so.|2025-06-08|2025-06-08",
        "The two leaders spoke by phone on Thursday.|2025-06-05|2025-06-05",
        "That is what the team will be discussing tomorrow.|2025-06-10|2025-06-10",
        "It follows last month's discussions in Geneva.|2025-05-01|2025-05-31",
        "Trump imposed tariffs in April.|2025-04-01|2025-04-30",
        "A China-EU summit is expected in July.|2025-07-01|2025-07-31",
        "The truce expires in mid-August.|2025-08-11|2025-08-20",
        "The deal was struck last Thursday.|2025-06-05|2025-06-05",
        "They meet again next Tuesday.|2025-06-10|2025-06-10",
        "Exports rose last year.|2024-01-01|2024-12-31",
        "Duties have been in place since 2 April.|2025-04-02|2025-04-02",
        "The cuts take effect by Wednesday, 14 May 2025.|2025-05-14|2025-05-14",
        "Talks are planned for Friday and Saturday, 3 and 4 October.|2025-10-03|2025-10-04",
        "They met on May 10-11 in Geneva.|2025-05-10|2025-05-11",
        "The statement was issued on June 9, 2025.|2025-06-09|2025-06-09",
        "They talked this weekend.|2025-06-07|2025-06-08",
        // what runs until a day speaks of the days ahead, however near the last such day was
        "The suspension runs until 10 January.|2026-01-10|2026-01-10",
        "The talks went on until 10 January.|2025-01-10|2025-01-10",
        "The old tariffs were in place until 10 January.|2025-01-10|2025-01-10",
        // said on a day: past, whatever the clause goes on to say of a deal that would come
        "Trump said on Friday he had made progress toward a deal that would keep TikTok running.|2025-06-06|2025-06-06",
        "The talks will be held on Friday, officials said.|2025-06-13|2025-06-13",
        "They agreed to meet on Friday to sign it.|2025-06-13|2025-06-13",
        // a relative clause after the day speaks of its noun's future, not of the day's
        "The two sides moved closer on Thursday to a deal that would cut the tariff.|2025-06-05|2025-06-05",
        "They will meet on Thursday to sign a deal that would cut the tariff.|2025-06-12|2025-06-12",
        "Negotiators return to Geneva on Thursday for a round that is expected to be the last.|2025-06-12|2025-06-12",
        "Talks resume in March at a summit which will decide the tariffs.|2026-03-01|2026-03-31",
    })
    void resolvesAgainstTheDayOfWriting(String text, LocalDate from, LocalDate to) {
        DateMention d = only(text, MONDAY_9_JUNE);
        assertThat(d.from()).isEqualTo(from);
        assertThat(d.to()).isEqualTo(to);
    }

    @Test
    void twoDaysOfTalksEndingOnTheDayOfWritingAreTheLastTwo() {
        DateMention d = only("The talks were held on Monday and Tuesday at Rosenbad.", TUESDAY_29_JULY);
        assertThat(d.from()).isEqualTo(LocalDate.of(2025, 7, 28));
        assertThat(d.to()).isEqualTo(LocalDate.of(2025, 7, 29));
        assertThat(d.absolute()).isEqualTo("Monday 28 July and Tuesday 29 July 2025");
    }

    @Test
    void aWeekIsItsDaysButNoneOfThemInParticular() {
        // "agreed this week": some day of it, not its Monday; it is written out as its days all the same
        DateMention d = only("The two sides agreed this week to restore access.", MONDAY_9_JUNE);
        assertThat(d.precision()).isEqualTo(DateMention.Precision.WEEK);
        assertThat(d.from()).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(d.to()).isEqualTo(LocalDate.of(2025, 6, 15));
        assertThat(d.absolute()).isEqualTo(DateFormat.range(d.from(), d.to()));
        assertThat(only("They met on Monday.", MONDAY_9_JUNE).precision()).isEqualTo(DateMention.Precision.DAY);
    }

    @Test
    void whatSomeoneSaidWouldHappenIsAhead() {
        // reported future ("said ... would run on March 3") is next March; what would have happened is not
        assertThat(only("Officials said the first trains would run on March 3.", TUESDAY_29_JULY).from()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(only("The fees would have applied from March 3.", TUESDAY_29_JULY).from()).isEqualTo(LocalDate.of(2025, 3, 3));
    }

    @Test
    void whatIsToBeDoneByADayIsAhead() {
        LocalDate march26 = LocalDate.of(2026, 3, 26);
        assertThat(only("The fund will open soon, with the first projects to be named by June 30.", march26).from())
                .isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(only("The first projects were named on June 30.", march26).from()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void whatSomeoneAimsToDoByADayIsAhead() {
        LocalDate september3 = LocalDate.of(2026, 9, 3);
        assertThat(only("Both sides said they aimed to conclude a full agreement by Nov. 30.", september3).from())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(only("Ministers hope to sign the deal on Nov. 30.", september3).from()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(only("Both sides concluded a full agreement on Nov. 30.", september3).from()).isEqualTo(LocalDate.of(2025, 11, 30));
        LocalDate may13 = LocalDate.of(2027, 5, 13);
        assertThat(only("Officials agreed to keep talking about the tax with the aim of reaching a settlement by Sept. 30.", may13).from())
                .isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(only("China agreed to lift its duty on pork by Sept. 30, officials said.", may13).from()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(only("Officials agreed on Sept. 30 to keep talking.", may13).from()).isEqualTo(LocalDate.of(2026, 9, 30));
        // what was done by a day, after an agreement, is past: the agreement's clause ends at "and"
        assertThat(only("China agreed to buy soybeans and had shipped 4 million tonnes by April 30.", may13).from())
                .isEqualTo(LocalDate.of(2027, 4, 30));
        // a past aim is ahead only for the day it was to be met by
        assertThat(only("Negotiators sought to narrow gaps on Feb. 3.", september3).from()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(only("On Feb. 3 he denied reports that he intended to resign.", september3).from()).isEqualTo(LocalDate.of(2026, 2, 3));
    }

    @Test
    void aNumberInADateIsPartOfIt() {
        List<DateMention> found = DateFinder.strict().find(
                "Under a statement released on 12 May, Washington will cut duties from 145% to 30%.", LocalDate.of(2025, 5, 12));
        assertThat(found).extracting(DateMention::text).containsExactly("12 May");
        assertThat(found.get(0).start()).isEqualTo("Under a statement released on ".length());
    }

    @Test
    void mayTheVerbAndFiguresAreNotDates() {
        assertThat(DateFinder.strict().find("China may retaliate; exports fell 2025 tonnes, or 12.7%.", MONDAY_9_JUNE)).isEmpty();
        assertThat(DateFinder.lenient().find("what may happen next", MONDAY_9_JUNE)).isEmpty();
        assertThat(DateFinder.lenient().find("who led china in may", MONDAY_9_JUNE))
                .extracting(DateMention::from).containsExactly(LocalDate.of(2025, 5, 1));
        assertThat(DateFinder.lenient().find("which city hosted the may round", MONDAY_9_JUNE)).hasSize(1);
    }

    @Test
    void writesDatesAsAnEditorDoes() {
        assertThat(only("on Monday", MONDAY_9_JUNE).absolute()).isEqualTo("Monday 9 June 2025");
        assertThat(only("last month", MONDAY_9_JUNE).absolute()).isEqualTo("May 2025");
        assertThat(only("in 2024", MONDAY_9_JUNE).absolute()).isEqualTo("2024");
    }

    @org.junit.jupiter.api.Test
    void aDayAThingIsExtendedToLiesAheadUnlessOnlyDaysBeforeTheReport() {
        LocalDate feb11 = LocalDate.of(2027, 2, 11);
        assertThat(only("The pause was extended until December 31.", feb11).from()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(only("The quota was extended by 90 days, to June 30, officials said.", feb11).from()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(only("It had been extended until Feb 9, but it lapsed.", feb11).from()).isEqualTo(LocalDate.of(2027, 2, 9));
        assertThat(only("The waiver was extended until Feb 29.", LocalDate.of(2028, 3, 5)).from()).isEqualTo(LocalDate.of(2028, 2, 29));
    }
}
