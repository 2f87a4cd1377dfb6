package talkbot.lexicon;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The words that head a title before a name ("Secretary", "Premier"), from {@code talkbot/titles.txt}. */
public final class TitleWords {
    private static final Set<String> WORDS = load();

    private TitleWords() {}

    public static boolean isHead(String word) {
        return WORDS.contains(word.toLowerCase(Locale.ROOT).replaceAll("[.’']s?$", ""));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        for (String line : Resources.lines("/talkbot/titles.txt")) {
            for (String w : line.strip().split("\\s+")) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }
}
