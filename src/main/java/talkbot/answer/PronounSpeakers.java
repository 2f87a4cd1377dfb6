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
    /** Per sentence, once looked at: {@link #SPEAKS} when a pronoun speaks in it, {@link #SILENT} when none does. */
    private final byte[] speaks;
    private static final byte SPEAKS = 1;
    private static final byte SILENT = 2;

    PronounSpeakers(CorpusIndex index) {
        this.index = index;
        this.speaks = new byte[index.sentenceCount()];
        for (Fact f : index.corpus().facts()) {
            if (f.kind() == FactKind.ROLE) {
                titles.computeIfAbsent(f.sentence().articleId(), k -> new HashMap<>())
                        .computeIfAbsent(f.subject(), k -> new java.util.ArrayList<>()).add(f.value());
            }
        }
    }

    /** The terms of the person a pronoun that speaks in sentence {@code ord} stands for; none when no pronoun speaks. */
    Set<String> of(int ord) {
        if (!pronounSpeaks(ord)) {
            return Set.of(); // most sentences: their reading is not needed
        }
        String hint = index.reading(ord).speakerHint();
        if (hint == null) {
            return Set.of();
        }
        String article = index.sentence(ord).articleId();
        return terms.computeIfAbsent(article + "\n" + hint, k -> termsOf(article, hint));
    }

    /** Whether a pronoun speaks in the sentence, worked out once per sentence (a benign race: any thread writes the same value). */
    private boolean pronounSpeaks(int ord) {
        byte known = speaks[ord];
        if (known == 0) {
            known = PRONOUN_SPEAKS.matcher(index.sentence(ord).text()).find() ? SPEAKS : SILENT;
            speaks[ord] = known;
        }
        return known == SPEAKS;
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
