package talkbot.lexicon;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinal numbers, as the words of {@code ordinals.txt} ("sixth") and as figures ("6th",
 * "21st"): the one list the readers of "the sixth round" and "a 7th meeting" share, with the
 * number each stands for.
 */
public final class Ordinals {
    private static final List<String[]> LINES = Resources.lines("/talkbot/ordinals.txt").stream()
            .map(l -> l.strip().split("\\s+")).toList();
    private static final List<String> WORDS = LINES.stream().map(l -> l[0]).toList();
    private static final List<String> CARDINALS = LINES.stream().map(l -> l[1]).toList();
    private static final String FIGURE = "\\d{1,2}(?:st|nd|rd|th)";
    private static final Pattern FIGURE_VALUE = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
    private static final String ALL = "(?:" + String.join("|", WORDS) + "|" + FIGURE + ")";
    private static final String LATER = "(?:" + String.join("|", WORDS.subList(1, WORDS.size())) + "|(?!1st)" + FIGURE + ")";

    private static final String COUNTED = "(?:" + String.join("|", CARDINALS) + "|\\d{1,2})";

    private Ordinals() {}

    /** A regular expression group, in lower case, that matches any ordinal ("first", "6th"); no word boundaries of its own. */
    public static String alternation() {
        return ALL;
    }

    /** The same, without the first: the ordinals of a round that follows another ("a second round in …"). */
    public static String laterAlternation() {
        return LATER;
    }

    /** A regular expression group, in lower case, of the number a round is counted by: "6" and "six" of "round 6", "round six". */
    public static String countedAlternation() {
        return COUNTED;
    }

    /** The ordinal of a number: "sixth" for 6 and for "six", "13th" for 13; null for no number from 1 to 99. */
    public static String ordinal(String number) {
        String folded = number.toLowerCase(Locale.ROOT);
        int n = CARDINALS.indexOf(folded) + 1;
        if (n == 0 && folded.matches("\\d{1,2}")) {
            n = Integer.parseInt(folded);
        }
        if (n <= 0) {
            return null;
        }
        if (n <= WORDS.size()) {
            return WORDS.get(n - 1);
        }
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }

    /** The number an ordinal stands for ("sixth" and "6th" are 6), in any case; 0 for a word that is none. */
    public static int value(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        int at = WORDS.indexOf(folded);
        if (at >= 0) {
            return at + 1;
        }
        Matcher m = FIGURE_VALUE.matcher(folded);
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
