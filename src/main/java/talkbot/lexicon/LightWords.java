package talkbot.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * Words a question uses that its answer often says otherwise ({@code light-words.txt}: "reach",
 * "happen", "apply", "stuff"): they count for half in how much of a question a sentence covers,
 * and never name what a question asks about ("what duty applies" asks about a duty).
 */
public final class LightWords {
    private static final Set<String> WORDS = load();

    private LightWords() {}

    /** Whether the lower-case word is a light word, as written (not stemmed). */
    public static boolean contains(String word) {
        return WORDS.contains(word);
    }

    /** Every light word, as written. */
    public static Set<String> all() {
        return WORDS;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String line : Resources.lines("/talkbot/light-words.txt")) {
            for (String w : line.strip().split("\\s+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return Set.copyOf(words);
    }
}
