package talkbot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;
import talkbot.index.CorpusIndex;

/**
 * Who a sentence's "she told reporters" or "he said" is, as search terms: the person named just
 * before it ({@link talkbot.index.SentenceReading#speakerHint}), with the titles its article gives
 * that person ("Deputy U.S. Trade Representative Karen Whitfield … ", then "… she told
 * reporters"). The sentence speaks of that person as surely as if it named them.
 */
final class PronounSpeakers {
    private static final Pattern PRONOUN_SPEAKS = Pattern.compile(
            "(?i)\\b(?:he|she)\\s+(?:said|says|told|added|noted|warned|argued|insisted|stressed|acknowledged|conceded)\\b");

    private final CorpusIndex index;
    /** Article id → person → the titles its role facts give them. */
    private final Map<String, Map<String, List<String>>> titles = new HashMap<>();
    private final Map<String, Set<String>> terms = new ConcurrentHashMap<>();

    PronounSpeakers(CorpusIndex index) {
        this.index = index;
        for (Fact f : index.corpus().facts()) {
            if (f.kind() == FactKind.ROLE) {
                titles.computeIfAbsent(f.sentence().articleId(), k -> new HashMap<>())
                        .computeIfAbsent(f.subject(), k -> new java.util.ArrayList<>()).add(f.value());
            }
        }
    }

    /** The terms of the person a pronoun that speaks in sentence {@code ord} stands for; none when no pronoun speaks. */
    Set<String> of(int ord) {
        if (!PRONOUN_SPEAKS.matcher(index.sentence(ord).text()).find()) {
            return Set.of(); // most sentences: their reading is not needed
        }
        String hint = index.reading(ord).speakerHint();
        if (hint == null) {
            return Set.of();
        }
        String article = index.sentence(ord).articleId();
        return terms.computeIfAbsent(article + "\n" + hint, k -> termsOf(article, hint));
    }

    private Set<String> termsOf(String article, String hint) {
        StringBuilder text = new StringBuilder(hint);
        String surname = surname(hint);
        titles.getOrDefault(article, Map.of()).forEach((person, its) -> {
            if (surname(person).equals(surname)) {
                its.forEach(t -> text.append(' ').append(t));
            }
        });
        return Set.copyOf(new HashSet<>(index.analysis().queryTerms(text.toString())));
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
