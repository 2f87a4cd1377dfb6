package talkbot.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Pattern;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;
import talkbot.corpus.Sentence;
import talkbot.index.CorpusIndex;
import talkbot.reading.Name;

/**
 * Who a sentence's "she told reporters" or "he said" is, as search terms: the person named just
 * before it ({@link talkbot.index.SentenceReading#speakerHint}), with the titles its article gives
 * that person ("Deputy U.S. Trade Representative Karen Whitfield … ", then "… she told
 * reporters"). The sentence speaks of that person as surely as if it named them. Likewise a
 * sentence that names a person without their titles speaks of them by those titles too.
 */
final class PronounSpeakers {
    /** The verbs with which a pronoun speaks: "she said", "he acknowledged" (also read by {@link QuoteAfter}). */
    static final String SPEECH_VERBS = "said|says|told|added|noted|warned|argued|insisted|stressed|acknowledged|conceded";
    /** "She said", and an office named for its holder: "the president wrote". */
    private static final Pattern PRONOUN_SPEAKS = Pattern.compile(
            "(?i)\\b(?:he|she)\\s+(?:" + SPEECH_VERBS + ")\\b|\\bthe\\s+" + talkbot.reading.Quotes.OFFICE + "\\s+(?:" + SPEECH_VERBS + "|wrote)\\b");

    private final CorpusIndex index;
    /** Article id → person → the titles its role facts give them. */
    private final Map<String, Map<String, List<String>>> titles = new HashMap<>();
    private final Map<String, Set<String>> terms = new ConcurrentHashMap<>();
    /** Per sentence, once looked at: {@link #SPEAKS} when a pronoun speaks in it, {@link #SILENT} when none does. */
    private final byte[] speaks;
    private static final byte SPEAKS = 1;
    private static final byte SILENT = 2;
    /** Per sentence, once looked at: the title terms of the people it names. */
    private final AtomicReferenceArray<Set<String>> named;
    private final Map<String, Map<String, Set<String>>> writtenTitles = new ConcurrentHashMap<>();

    PronounSpeakers(CorpusIndex index) {
        this.index = index;
        this.speaks = new byte[index.sentenceCount()];
        this.named = new AtomicReferenceArray<>(index.sentenceCount());
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

    /**
     * The title terms the article gives the people sentence {@code ord} names ("Huang said the quota
     * was …" after "Taiwan's Minister of Economic Affairs Huang Shu-ling" was named): the sentence
     * speaks of the economic minister as surely as if it said so. Worked out once per sentence.
     */
    Set<String> titlesOfNamed(int ord) {
        Set<String> known = named.get(ord);
        if (known == null) {
            Map<String, Set<String>> its = writtenTitles.computeIfAbsent(index.sentence(ord).articleId(), this::writtenTitles);
            StringBuilder text = new StringBuilder();
            for (Name n : index.reading(ord).names()) {
                if (n.kind() == Name.Kind.PERSON && n.title() == null) {
                    its.getOrDefault(surname(n.text()), Set.of()).forEach(title -> text.append(' ').append(title));
                }
            }
            known = text.length() == 0 ? Set.of() : Set.copyOf(index.analysis().queryTerms(text.toString()));
            named.set(ord, known);
        }
        return known;
    }

    /** Surname → the titles an article writes before its people's names and its role facts give them. */
    private Map<String, Set<String>> writtenTitles(String articleId) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Sentence s : index.corpus().article(articleId).sentences()) {
            for (Name n : index.reading(index.ord(s)).names()) {
                if (n.kind() == Name.Kind.PERSON && n.title() != null) {
                    // a family name may be written first or last: "Huang Shu-ling" is Huang, "Daniel Whitcombe" Whitcombe
                    out.computeIfAbsent(surname(n.text()), k -> new LinkedHashSet<>()).add(n.title());
                    out.computeIfAbsent(firstWord(n.text()), k -> new LinkedHashSet<>()).add(n.title());
                }
            }
        }
        titles.getOrDefault(articleId, Map.of()).forEach((person, its) ->
                out.computeIfAbsent(surname(person), k -> new LinkedHashSet<>()).addAll(its));
        return out;
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
        // the titles its role facts give them and the article writes before their name ("Chinese Vice Premier Zhao Lingfeng" … "he said")
        writtenTitles.computeIfAbsent(article, this::writtenTitles).getOrDefault(surname, Set.of()).forEach(t -> text.append(' ').append(t));
        return Set.copyOf(new HashSet<>(index.analysis().queryTerms(text.toString())));
    }

    private static String firstWord(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    private static String surname(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }
}
