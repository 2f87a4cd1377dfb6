package talkbot.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words that head a title before a name ("Secretary", "Premier"), from {@code talkbot/titles.txt},
 * and the ranks that make a title another office ("Deputy", "Vice"), from {@code talkbot/title-ranks.txt}.
 */
public final class TitleWords {
    private static final Set<String> WORDS = load("/talkbot/titles.txt");
    private static final Set<String> RANKS = load("/talkbot/title-ranks.txt");

    /** A trailing period or possessive: "Secretary.", "Premier's". */
    private static final Pattern TRAILING_MARK = Pattern.compile("[.’']s?$");
    /** Spaces and hyphens between a phrase's words. */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

    /** An article, and a possessive, that may open a title phrase before its words: "the", "China's". */
    private static final Pattern ARTICLE = Pattern.compile("(?i)the|a|an");
    private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}+['’]s");

    /** How far into a phrase its title word may come: "senior trade analyst", "deputy director-general". */
    private static final int HEAD_WITHIN = 4;

    private TitleWords() {}

    /**
     * Whether a title word comes among the first words of a phrase, a hyphen parting words:
     * "director-general of …" is a title, "fresh from a meeting with the vice premier" is not. An
     * article and a possessive that open the phrase come before it ("China's deputy international
     * trade representative").
     */
    public static boolean headsPhrase(String phrase) {
        String[] words = WORD_BREAK.split(phrase);
        int from = 0;
        if (from < words.length && ARTICLE.matcher(words[from]).matches()) {
            from++;
        }
        if (from < words.length && POSSESSIVE.matcher(words[from]).matches()) {
            from++;
        }
        for (int i = from; i < Math.min(words.length, from + HEAD_WITHIN); i++) {
            if (isHead(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** Every word that heads a title. */
    public static Set<String> heads() {
        return WORDS;
    }

    public static boolean isHead(String word) {
        return WORDS.contains(TRAILING_MARK.matcher(word.toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /**
     * Whether a title word makes the office another than the title without it: "deputy", "vice",
     * "acting", "former" ({@code talkbot/title-ranks.txt}).
     */
    public static boolean isRank(String word) {
        return RANKS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        for (String line : Resources.lines(resource)) {
            for (String w : line.strip().split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }
}
