package talkbot.lexicon;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The words that name a market, an index or a currency ({@code market-words.txt}), and the one
 * pattern of a question of how one moved, which routes it ({@code {market-move}} in {@code intents.tsv})
 * and gives its answer the unit of a move ({@code QuestionShape}).
 */
public final class MarketWords {
    /** What an intent pattern writes for {@link #moveAsked()}. */
    public static final String PLACEHOLDER = "{market-move}";
    private static final List<String[]> LINES = Resources.lines("/talkbot/market-words.txt").stream()
            .map(l -> l.strip().split("\t")).toList();
    private static final List<String> WORDS = LINES.stream().map(l -> l[0].strip()).toList();
    private static final List<String> ANY = LINES.stream().filter(l -> l.length > 1 && l[1].strip().equals("any"))
            .map(l -> l[0].strip()).toList();
    private static final String ALTERNATION = WORDS.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()) // "s&p 500" before "s&p"
            .map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));

    /**
     * A question of how a market or a currency moved, folded to lower case: "how did the loonie react", "what did the yuan
     * do", "where did the offshore yuan end up", "yuan move after the talks?".
     */
    private static final String MOVE_ASKED = "\\bhow (?:did|do|does|have|has|were|was|are|is)\\b.*\\b" + ALTERNATION + "\\b.*\\b(?:do|did|doing"
            + "|react|reacted|reacting|move|moved|fare|fared|perform|performed|respond|responded|close|closed|end|ended|trade|traded"
            + "|go|went)\\b"
            + "|^(?:so |and )?what (?:did|does|has) (?:the )?(?:[a-z.-]+ )?" + ALTERNATION + " do\\s*\\??$"
            + "|^(?:so |and )?where (?:did|does|has|have) (?:the )?(?:[a-z.-]+ ){0,2}" + ALTERNATION
            + " (?:end up|end|go|close|finish|settle|land)\\b"
            + "|^(?:so |and )?(?:the )?(?:[a-z.-]+ ){0,2}" + ALTERNATION + " (?:move|moves|reaction|react)\\b";

    private MarketWords() {}

    /** Every market word, as the file lists them. */
    public static List<String> all() {
        return WORDS;
    }

    /** The words that name no market in particular ("stocks", "index"), marked "any" in the file. */
    public static List<String> general() {
        return ANY;
    }

    /** A regular expression group that matches any one market word (no word boundaries of its own). */
    public static String alternation() {
        return ALTERNATION;
    }

    /** A regular expression that matches a question of how a market or a currency moved (see {@link #MOVE_ASKED}). */
    public static String moveAsked() {
        return MOVE_ASKED;
    }

    /** The pattern with each {@link #PLACEHOLDER} replaced by {@link #moveAsked()}, as a group. */
    public static String expand(String pattern) {
        return pattern.replace(PLACEHOLDER, "(?:" + MOVE_ASKED + ")");
    }
}
