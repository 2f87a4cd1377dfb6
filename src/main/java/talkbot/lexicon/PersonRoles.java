package talkbot.lexicon;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The groups of what a person is ("official", "commentator") that the words of a text name, from
 * {@code talkbot/person-roles.tsv}: a question asking for one group is not answered by a person whose
 * title names only another.
 */
public final class PersonRoles {
    private static final Map<String, String> GROUP_OF = load("/talkbot/person-roles.tsv");
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}-]+");

    private PersonRoles() {}

    /** The groups whose words the text holds, in any case: "Chief Japan Economist" -> {commentator}. */
    public static Set<String> of(String text) {
        Set<String> groups = new HashSet<>();
        for (String w : WORD_BREAK.split(text.toLowerCase(Locale.ROOT))) {
            String g = GROUP_OF.get(w);
            if (g != null) {
                groups.add(g);
            }
        }
        return groups;
    }

    /** Whether a title names some group and none of those asked: asked {official}, title "chief economist". */
    public static boolean conflict(Set<String> asked, String title) {
        if (asked.isEmpty() || title == null) {
            return false;
        }
        Set<String> has = of(title);
        return !has.isEmpty() && has.stream().noneMatch(asked::contains);
    }

    private static Map<String, String> load(String resource) {
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
        return Map.copyOf(groupOf);
    }
}
