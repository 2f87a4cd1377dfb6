package talkbot.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The short form of the days {@link DateFormat} writes. */
class DateFormatTest {
    @Test
    void compactDropsWeekdaysAndSaysAMonthOnce() {
        assertThat(DateFormat.compact(DateFormat.rangeMonthFirst(LocalDate.of(2028, 2, 23), LocalDate.of(2028, 2, 24))))
                .isEqualTo("February 23–24, 2028");
        assertThat(DateFormat.compact(DateFormat.range(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 15)))).isEqualTo("14–15 July 2026");
        assertThat(DateFormat.compact(DateFormat.range(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 17)))).isEqualTo("14–17 July 2026");
        assertThat(DateFormat.compact(DateFormat.day(LocalDate.of(2025, 6, 9)))).isEqualTo("9 June 2025");
        assertThat(DateFormat.compact(DateFormat.dayMonthFirst(LocalDate.of(2029, 7, 12)))).isEqualTo("July 12, 2029");
        // two months: each day keeps its month
        assertThat(DateFormat.compact(DateFormat.rangeMonthFirst(LocalDate.of(2027, 6, 30), LocalDate.of(2027, 7, 1))))
                .isEqualTo("June 30 and July 1, 2027");
        // a month alone, or words that are no day, stay as they are
        assertThat(DateFormat.compact("May 2025")).isEqualTo("May 2025");
        assertThat(DateFormat.compact("Monday talks in Geneva")).isEqualTo("Monday talks in Geneva");
        assertThat(DateFormat.compact("Monday Mayor Lee spoke")).isEqualTo("Monday Mayor Lee spoke");
    }
}
