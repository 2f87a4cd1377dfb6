package talkbot.lexicon;

import java.util.Set;

/**
 * The groups of what a person is ("official", "commentator") that the words of a text name, from
 * {@code talkbot/person-roles.tsv}: a question asking for one group is not answered by a person whose
 * title names only another.
 */
public final class PersonRoles {
    private static final WordGroups GROUPS = WordGroups.load("/talkbot/person-roles.tsv");

    private PersonRoles() {}

    /** The groups whose words the text holds, in any case: "Chief Japan Economist" -> {commentator}. */
    public static Set<String> of(String text) {
        return GROUPS.of(text);
    }

    /** Whether a title names some group and none of those asked: asked {official}, title "chief economist". */
    public static boolean conflict(Set<String> asked, String title) {
        return GROUPS.conflict(asked, title);
    }
}
