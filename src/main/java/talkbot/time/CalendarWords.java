package talkbot.time;

import java.util.Locale;
import java.util.Set;

/**
 * The words of the calendar — months, their short forms, days of the week. They name times, never
 * people or things: not a name in an article, and never a name a question asks about that the
 * articles lack ("how did the analyst describe the feb round" is about a month, not a "February").
 */
public final class CalendarWords {
    private static final Set<String> WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    private CalendarWords() {}

    /** Whether a word, in any case, is a month, a month's short form or a day of the week. */
    public static boolean is(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
}
