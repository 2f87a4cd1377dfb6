package talkbot.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A wire dateline at the head of a sentence (a report's first): "WASHINGTON, Feb 12 (Wire report) - ",
 * "HANOI/WASHINGTON, July 3 - ". It says where the reporters filed from and whose report it is, not
 * what the sentence tells. A month's name and a dash with a space after it make it one: not the
 * headline "US, China 90-day truce extended".
 */
public final class Dateline {
    /** Group 1 holds the places, "HANOI/WASHINGTON". */
    private static final Pattern DATELINE = Pattern.compile(
            "(\\p{Lu}[\\p{Lu} .'’-]+(?:/\\p{Lu}[\\p{Lu} .'’-]+)*),\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\\p{L}{0,6}\\.?"
                    + "\\s+\\d{1,2}\\b[^-–—]{0,40}?[-–—]+\\s+");

    private Dateline() {}

    /** A matcher that has matched a dateline at the start of {@code text}, or null when none opens it. */
    public static Matcher at(String text) {
        Matcher d = DATELINE.matcher(text);
        return d.lookingAt() ? d : null;
    }

    /** Where the text after a dateline opening {@code text} starts; 0 when none opens it. */
    public static int end(String text) {
        Matcher d = at(text);
        return d == null ? 0 : d.end();
    }
}
