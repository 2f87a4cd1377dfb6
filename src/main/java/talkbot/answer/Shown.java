package talkbot.answer;

import java.util.ArrayList;
import java.util.List;
import talkbot.index.SentenceReading;
import talkbot.time.DateFormat;
import talkbot.time.DateMention;

/**
 * A source sentence as a reply shows it: as written, with what a reader cannot know out of
 * context added in brackets, the way an editor does — who an opening "He" is ("He [Jamieson Greer]
 * described ...") and the date a relative one means ("on Monday [9 June 2025]").
 */
final class Shown {
    private Shown() {}

    static String sentence(String text, SentenceReading r) {
        List<int[]> at = new ArrayList<>(); // position, index into notes
        List<String> notes = new ArrayList<>();
        if (r.speakerHint() != null && SentenceRanker.opensWithPronoun(text)) {
            at.add(new int[] {text.indexOf(' '), notes.size()});
            notes.add(" [" + r.speakerHint() + "]");
        }
        for (DateMention d : r.dates()) {
            if (says(d)) {
                continue;
            }
            int end = d.end();
            if (text.startsWith("’s", end) || text.startsWith("'s", end)) {
                end += 2; // "last month’s [May 2025] discussions"
            }
            at.add(new int[] {end, notes.size()});
            notes.add(" [" + (d.precision() == DateMention.Precision.DAY || d.precision() == DateMention.Precision.WEEK ? DateFormat.dates(d.from(), d.to()) : d.absolute()) + "]");
        }
        if (at.isEmpty()) {
            return text;
        }
        at.sort((a, b) -> Integer.compare(b[0], a[0]));
        StringBuilder out = new StringBuilder(text);
        for (int[] a : at) {
            out.insert(a[0], notes.get(a[1]));
        }
        return out.toString();
    }

    /**
     * Whether a date expression already says its date: "12 May 2025", "in May" (the month is what it
     * says), "2025". A day without its year does not: the talks run over years, so it is
     * shown with the year it means ("would run on March 3 [3 March 2027]").
     */
    private static boolean says(DateMention d) {
        String t = d.text().toLowerCase(java.util.Locale.ROOT);
        boolean month = t.matches(".*\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\w*.*");
        boolean digits = t.matches(".*\\d.*");
        return switch (d.precision()) {
            case DAY, WEEK -> month && t.matches(".*\\b\\d{4}\\b.*");
            case MONTH -> month;
            case YEAR -> digits;
        };
    }
}
