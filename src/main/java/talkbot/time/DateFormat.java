package talkbot.time;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Dates written the way a news editor writes them: "Monday 9 June 2025", "Saturday 10 May and Sunday 11 May 2025". */
public final class DateFormat {
    private DateFormat() {}

    /** A single day: "Monday 9 June 2025". */
    public static String day(LocalDate d) {
        return weekday(d) + " " + d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
    }

    /** Days without their weekdays: "9 June 2025", "10–11 May 2025", "30 June to 1 July 2025". */
    public static String dates(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return date(from);
        }
        if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
            return from.getDayOfMonth() + "–" + date(to);
        }
        return from.getYear() == to.getYear() ? from.getDayOfMonth() + " " + month(from) + " to " + date(to) : date(from) + " to " + date(to);
    }

    /** A day without its weekday: "9 June 2025". */
    public static String date(LocalDate d) {
        return d.getDayOfMonth() + " " + month(d) + " " + d.getYear();
    }

    /** A month: "May 2025". */
    public static String monthYear(LocalDate d) {
        return month(d) + " " + d.getYear();
    }

    static String format(LocalDate from, LocalDate to, DateMention.Precision precision) {
        return switch (precision) {
            case YEAR -> from.getYear() == to.getYear() ? String.valueOf(from.getYear()) : from.getYear() + "–" + to.getYear();
            case MONTH -> from.getMonth() == to.getMonth() && from.getYear() == to.getYear()
                    ? month(from) + " " + from.getYear()
                    : month(from) + "–" + month(to) + " " + to.getYear();
            case DAY, WEEK -> range(from, to);
        };
    }

    /** One day or several: "Monday 9 June 2025", "Saturday 10 May and Sunday 11 May 2025". */
    public static String range(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return day(from);
        }
        if (from.getMonth() == to.getMonth() && from.getYear() == to.getYear()) {
            // each day whole, as a reader looks one up: "Tuesday 14 July and Wednesday 15 July 2026"
            String joiner = to.toEpochDay() - from.toEpochDay() == 1 ? " and " : " to ";
            return weekday(from) + " " + from.getDayOfMonth() + " " + month(from) + joiner + weekday(to) + " " + to.getDayOfMonth()
                    + " " + month(to) + " " + to.getYear();
        }
        return day(from) + " to " + day(to);
    }

    /** A single day month first, as American copy writes it: "Thursday, July 12, 2029". */
    public static String dayMonthFirst(LocalDate d) {
        return weekday(d) + ", " + month(d) + " " + d.getDayOfMonth() + ", " + d.getYear();
    }

    /** One day or several, month first: "Tuesday, October 28 and Wednesday, October 29, 2027". */
    public static String rangeMonthFirst(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return dayMonthFirst(from);
        }
        String joiner = to.toEpochDay() - from.toEpochDay() == 1 ? " and " : " to ";
        String first = weekday(from) + ", " + month(from) + " " + from.getDayOfMonth() + (from.getYear() == to.getYear() ? "" : ", " + from.getYear());
        return first + joiner + dayMonthFirst(to);
    }

    /**
     * Whether a text these methods wrote says the day, either way round: "Tuesday 15 June and
     * Wednesday 16 June 2027" and "Tuesday, June 15 and Wednesday, June 16, 2027" say 15 June 2027
     * (not "11 June" for the 1st).
     */
    public static boolean says(String text, LocalDate d) {
        String day = String.valueOf(d.getDayOfMonth());
        String month = month(d);
        return text.contains(String.valueOf(d.getYear())) && (saysAt(text, day + " " + month, true) || saysAt(text, month + " " + day, false));
    }

    /** Whether {@code words} stand in the text with no digit touching their number ({@code numberFirst}: "1 July", else "July 1"). */
    private static boolean saysAt(String text, String words, boolean numberFirst) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int edge = numberFirst ? at - 1 : at + words.length();
            if (edge < 0 || edge >= text.length() || !Character.isDigit(text.charAt(edge))) {
                return true;
            }
        }
        return false;
    }

    /**
     * What these methods wrote, without weekdays and with the month once: "February 23–24, 2028" for
     * "Wednesday, February 23 and Thursday, February 24, 2028", "14–15 July 2026", "9 June 2025": a
     * day short enough to stand beside another round's in a list. Other text is kept as it is.
     */
    public static String compact(String written) {
        String s = WEEKDAY.matcher(written).replaceAll("");
        s = MONTH_FIRST_PAIR.matcher(s).replaceAll("$1 $2–$4");
        return DAY_FIRST_PAIR.matcher(s).replaceAll("$1–$3 $2");
    }

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final java.util.regex.Pattern WEEKDAY = java.util.regex.Pattern.compile(
            "\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\\s+(?=\\d|" + MONTHS + "\\b)");
    /** "February 23 and February 24" (one month): "February 23–24". */
    private static final java.util.regex.Pattern MONTH_FIRST_PAIR = java.util.regex.Pattern.compile(
            MONTHS + " (\\d{1,2}) (and|to) \\1 (\\d{1,2})\\b");
    /** "14 July and 15 July": "14–15 July". */
    private static final java.util.regex.Pattern DAY_FIRST_PAIR = java.util.regex.Pattern.compile(
            "\\b(\\d{1,2}) " + MONTHS + " (?:and|to) (\\d{1,2}) \\2\\b");

    static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
