package talkbot.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words that head a title before a name ("Secretary", "Premier"), from {@code talkbot/titles.txt},
 * and the ranks that make a title another office ("Deputy", "Vice"), from {@code talkbot/title-ranks.txt}.
 */
public final class TitleWords {
    private static final Set<String> WORDS = load("/talkbot/titles.txt");
    private static final Set<String> RANKS = load("/talkbot/title-ranks.txt");

    /** How far into a phrase its title word may come: "senior trade analyst", "deputy director-general". */
    private static final int HEAD_WITHIN = 4;

    private TitleWords() {}

    /**
     * Whether a title word comes among the first words of a phrase, a hyphen parting words:
     * "director-general of …" is a title, "fresh from a meeting with the vice premier" is not.
     */
    public static boolean headsPhrase(String phrase) {
        String[] words = phrase.split("[\\s-]+");
        for (int i = 0; i < Math.min(words.length, HEAD_WITHIN); i++) {
            if (isHead(words[i])) {
                return true;
            }
        }
        return false;
    }

    public static boolean isHead(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.’']s?$", ""));
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
