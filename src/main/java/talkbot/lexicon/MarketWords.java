package talkbot.lexicon;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that name a market, an index or a currency ({@code market-words.txt}): the one list the
 * intent patterns ({@code {market}} in {@code intents.tsv}) and the answer's unit of a market move
 * are read with.
 */
public final class MarketWords {
    /** What an intent pattern writes for "one of the market words". */
    public static final String PLACEHOLDER = "{market}";
    private static final List<String> WORDS = List.copyOf(Resources.lines("/talkbot/market-words.txt").stream()
            .map(String::strip).filter(w -> !w.isEmpty()).toList());
    private static final String ALTERNATION = WORDS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()) // "s&p 500" before "s&p"
            .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));

    private MarketWords() {}

    /** Every market word, as the file lists them. */
    public static List<String> all() {
        return WORDS;
    }

    /** A regular expression group that matches any one market word (no word boundaries of its own). */
    public static String alternation() {
        return ALTERNATION;
    }

    /** The pattern with each {@link #PLACEHOLDER} replaced by {@link #alternation()}. */
    public static String expand(String pattern) {
        return pattern.replace(PLACEHOLDER, ALTERNATION);
    }
}
