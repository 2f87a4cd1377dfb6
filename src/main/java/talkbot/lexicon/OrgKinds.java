package talkbot.lexicon;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The kinds of organisation ("bank", "think tank") that the words of a text name, from
 * {@code talkbot/org-kinds.tsv}: "which bank does the economist work for" is not answered by the
 * "Bergen Institute for International Economics", nor "which think tank" by "a London-based consultancy".
 */
public final class OrgKinds {
    private static final WordGroups GROUPS = WordGroups.load("/talkbot/org-kinds.tsv");
    private static final Pattern THINK_TANK = Pattern.compile("\\bthink\\s+tank");

    private OrgKinds() {}

    /** The kinds whose words the text holds, in any case: "Galata Investment Bank" -> {bank}. */
    public static Set<String> of(String text) {
        return GROUPS.of(THINK_TANK.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("think-tank"));
    }

    /** Whether an organisation's name or description names some kind and none of those asked. */
    public static boolean conflict(Set<String> asked, String described) {
        return GROUPS.conflict(asked, THINK_TANK.matcher(described.toLowerCase(Locale.ROOT)).replaceAll("think-tank"));
    }
}
