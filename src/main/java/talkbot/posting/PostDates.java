package talkbot.posting;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import talkbot.corpus.QuoteDepth;
import talkbot.time.DateFinder;
import talkbot.time.DateFormat;
import talkbot.time.DateMention;

/**
 * Dates as the daily post writes them: absolute, so that a post read days later still says when.
 * "Tuesday 10 June" (the year only when it is not the post's); a weekday in an article's sentence
 * becomes its date ("on Monday" → "on Monday 9 June"), and other relative expressions keep their
 * words with the date after them ("tomorrow (Tuesday 10 June)", "last month (May 2025)"); inside a
 * quotation the words stay as said and the date follows in brackets ("tomorrow [Tuesday 10 June]").
 */
final class PostDates {
    private static final String WD = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final Pattern WEEKDAYS = Pattern.compile("(?i)(?:(?:last|next|this|coming|past)\\s+)?(?:" + WD
            + ")(?:\\s+(?:morning|afternoon|evening|night))?(?:\\s*(?:-|–|—|and|to|through)\\s*(?:" + WD + "))?");
    private static final Pattern EXPLICIT = Pattern.compile("(?i)\\d|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");
    private static final DateFinder FINDER = DateFinder.strict();

    private PostDates() {}

    /** "Tuesday 10 June", or "Tuesday 10 June 2025" when the post is of another year. */
    static String label(LocalDate d, LocalDate postDay) {
        return range(d, d, postDay);
    }

    /** Days as precisely as they were stated: "Tuesday 10 June", "July" (of the post's year), "July 2026". */
    static String when(LocalDate from, LocalDate to, DateMention.Precision precision, LocalDate postDay) {
        return switch (precision) {
            case DAY, WEEK -> range(from, to, postDay);
            case MONTH -> {
                String m = DateFormat.monthYear(from);
                yield from.getYear() == postDay.getYear() && from.getMonth() == to.getMonth()
                        ? m.substring(0, m.length() - 5) : m;
            }
            case YEAR -> String.valueOf(from.getYear());
        };
    }

    static String range(LocalDate from, LocalDate to, LocalDate postDay) {
        String s = DateFormat.range(from, to);
        int year = postDay.getYear();
        return from.getYear() == year && to.getYear() == year ? s.replace(" " + year, "") : s;
    }

    /** The text with its relative dates, read against the day it was written ({@code anchor}), made absolute. */
    static String absolute(String text, LocalDate anchor, LocalDate postDay) {
        List<DateMention> mentions = FINDER.find(text, anchor);
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (DateMention m : mentions) {
            if (m.start() < at || EXPLICIT.matcher(m.text()).find()) {
                continue;
            }
            out.append(text, at, m.start());
            String when = switch (m.precision()) {
                case DAY, WEEK -> range(m.from(), m.to(), postDay);
                case MONTH, YEAR -> m.absolute();
            };
            boolean quoted = QuoteDepth.inside(text, m.start());
            if (m.precision() == DateMention.Precision.DAY && WEEKDAYS.matcher(m.text()).matches() && !quoted) {
                out.append(when);
            } else if (quoted) {
                out.append(m.text()).append(" [").append(when).append(']'); // an editor's insertion in a quotation
            } else {
                out.append(m.text()).append(" (").append(when).append(')');
            }
            at = m.end();
        }
        return out.append(text.substring(at)).toString();
    }
}
