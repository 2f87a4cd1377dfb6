package talkbot.intent;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import talkbot.corpus.Entity;
import talkbot.index.Vocabulary;

/** Finds the corpus entities a text names, by any of their names, longest name first. */
public final class EntityMatcher {
    private static final int MAX_WORDS = 5;
    private final Map<String, Entity> byName = new HashMap<>();
    /** The first words of all names: a span whose first word is none of these names nothing (skips the joins). */
    private final Set<String> firstWords = new java.util.HashSet<>();

    public EntityMatcher(List<Entity> entities) {
        for (Entity e : entities) {
            for (String n : e.names()) {
                List<String> words = Vocabulary.words(n);
                String key = String.join(" ", words);
                if (!key.isEmpty()) {
                    byName.putIfAbsent(key, e);
                    firstWords.add(words.get(0));
                    String first = words.get(0);
                    if (words.size() == 1 && first.length() > 3) {
                        firstWords.add(first + "s");
                    }
                }
            }
        }
    }

    /** Words that make a name that follows them another person's title: the deputy of the one it names. */
    private static final Set<String> UNDERSTUDIES = Set.of("deputy", "vice", "assistant", "acting");

    /** The entities named in the given words (lower case, in order). */
    public Set<Entity> find(List<String> words) {
        Set<Entity> found = new LinkedHashSet<>();
        int i = 0;
        while (i < words.size()) {
            int matched = 0;
            String head = words.get(i);
            if (!firstWords.contains(head) && !(head.endsWith("s") && firstWords.contains(head.substring(0, head.length() - 1)))) {
                i++;
                continue;
            }
            for (int len = Math.min(MAX_WORDS, words.size() - i); len >= 1; len--) {
                String span = String.join(" ", words.subList(i, i + len));
                Entity e = byName.get(span);
                if (e == null && span.length() > 3 && span.endsWith("s")) {
                    e = byName.get(span.substring(0, span.length() - 1)); // "chinas", "von der leyens": typed without the apostrophe
                }
                if (e != null && i > 0 && UNDERSTUDIES.contains(words.get(i - 1))) {
                    e = null; // "the deputy ustr" is not the USTR, nor "the vice premier" the premier
                }
                if (e != null) {
                    found.add(e);
                    matched = len;
                    break;
                }
            }
            i += Math.max(1, matched);
        }
        return found;
    }

    /**
     * Whether an answer must name this entity when the question does: people, organisations and
     * countries must ("Who leads China's delegation?" is not answered about the US); places and
     * topics only count as words ("Who will represent China in London?").
     */
    public static boolean isHard(Entity e) {
        return e.type() == Entity.EntityType.PERSON || e.type() == Entity.EntityType.ORG
                || e.type() == Entity.EntityType.COUNTRY;
    }

    /** Each entity's names as words, split once. */
    private static final Map<Entity, List<List<String>>> NAME_WORDS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<List<String>> nameWords(Entity e) {
        return NAME_WORDS.computeIfAbsent(e, x -> {
            List<List<String>> out = new java.util.ArrayList<>();
            for (String n : x.names()) {
                List<String> nw = Vocabulary.words(n);
                if (!nw.isEmpty()) {
                    out.add(List.copyOf(nw));
                }
            }
            return List.copyOf(out);
        });
    }

    /** Whether the words of a text mention the entity by any of its names (whole words). */
    public static boolean mentions(List<String> textWords, Entity e) {
        int n = textWords.size();
        for (List<String> nw : nameWords(e)) {
            String first = nw.get(0);
            int len = nw.size();
            for (int i = 0; i + len <= n; i++) {
                if (!textWords.get(i).equals(first)) {
                    continue;
                }
                int k = 1;
                while (k < len && textWords.get(i + k).equals(nw.get(k))) {
                    k++;
                }
                if (k == len) {
                    return true;
                }
            }
        }
        return false;
    }
}
