package talkbot.time;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date expression found in a text and resolved to the days it means: "on Monday" in an article
 * published on Thursday 12 June 2025 is Monday 9 June 2025; "last month" is May 2025.
 *
 * @param start     where the expression starts in the text
 * @param end       where it ends (exclusive)
 * @param text      the expression as written ("Saturday and Sunday")
 * @param from      the first day it covers
 * @param to        the last day it covers (the same as {@code from} for a single day)
 * @param precision how exactly it was stated: a day (or days), a week ("this week": its days, but none of them in particular), a month or a year
 */
public record DateMention(int start, int end, String text, LocalDate from, LocalDate to, Precision precision) {
    public DateMention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(precision, "precision");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a date range cannot end before it starts: " + from + ".." + to);
        }
    }

    /** How exactly a date was stated. */
    public enum Precision { DAY, WEEK, MONTH, YEAR }

    /** Whether the days it covers overlap those of {@code other}. */
    public boolean overlaps(LocalDate otherFrom, LocalDate otherTo) {
        return !to.isBefore(otherFrom) && !from.isAfter(otherTo);
    }

    /** The resolved date as a reader wants it: "Monday 9 June 2025", "10–11 May 2025", "May 2025". */
    public String absolute() {
        return DateFormat.format(from, to, precision);
    }
}
