package talkbot.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups of words that exclude one another, from a data file of lines "group<TAB>words": the groups
 * a text names, and whether a text names only groups other than those asked.
 */
final class WordGroups {
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}-]+");

    private final Map<String, String> groupOf;

    private WordGroups(Map<String, String> groupOf) {
        this.groupOf = groupOf;
    }

    /** The groups whose words the text holds, in any case. */
    Set<String> of(String text) {
        Set<String> groups = new HashSet<>();
        for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            String g = groupOf.get(w);
            if (g != null) {
                groups.add(g);
            }
        }
        return groups;
    }

    /** Whether a text names some group and none of those asked. */
    boolean conflict(Set<String> asked, String text) {
        if (asked.isEmpty() || text == null) {
            return false;
        }
        Set<String> has = of(text);
        return !has.isEmpty() && has.stream().noneMatch(asked::contains);
    }

    static WordGroups load(String resource) {
        Map<String, String> groupOf = new HashMap<>();
        for (String line : Resources.lines(resource)) {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException(resource + ": not 'group<TAB>words': " + line);
            }
            for (String w : parts[1].strip().split("\\s+")) {
                if (groupOf.put(w.toLowerCase(Locale.ROOT), parts[0]) != null) {
                    throw new IllegalStateException(resource + ": '" + w + "' is in two groups");
                }
            }
        }
        return new WordGroups(Map.copyOf(groupOf));
    }
}
