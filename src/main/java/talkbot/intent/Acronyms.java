package talkbot.intent;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.corpus.Sentence;

/**
 * Phrases the articles write that a chat user shortens to their initials: "dst" for "digital
 * services tax", "jv" for "joint ventures". A phrase counts when it is two to four words of at
 * least three letters (none a function word) whose initials are the asked ones, and the newest
 * {@link #NEWEST} articles write it at least twice (once will do for initials written in
 * capitals, "JV": the asker means initials, not a typo), its singular and plural forms together;
 * the most used such phrase wins, and initials two phrases share equally stand for neither.
 * Looked up only for a word the corpus lacks and cannot correct, once per word (a scan of those
 * articles' sentences); the answers are remembered, up to {@link #REMEMBERED} words.
 */
final class Acronyms {
    private static final int MIN_LETTERS = 2;
    private static final int MAX_LETTERS = 4;
    private static final int NEWEST = 2_000;
    private static final int REMEMBERED = 10_000;
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "with", "from", "that", "this", "was", "were",
            "are", "has", "have", "had", "will", "its", "their", "his", "her", "said", "says", "which", "who", "but", "not", "also",
            "after", "before", "over", "into", "than", "would", "could", "been", "being", "they", "there", "when", "where", "what",
            "while", "about", "since", "until", "both", "each", "other", "some", "more", "most", "any", "all", "our", "your",
            // a phrase that opens with a preposition or an adverb names nothing: "without agreement" is no "WA"
            "without", "within", "between", "against", "among", "across", "through", "under", "above", "below", "beyond",
            "toward", "towards", "upon", "despite", "except", "including", "via", "per", "amid", "every", "such", "only",
            "very", "just", "still", "even", "much", "many", "these", "those", "then", "already", "again");

    private final Corpus corpus;
    private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();
    private volatile List<Article> newest;

    Acronyms(Corpus corpus) {
        this.corpus = corpus;
    }

    /** Whether the word may be initials: two to four letters. */
    static boolean mayBe(String word) {
        return word.length() >= MIN_LETTERS && word.length() <= MAX_LETTERS && word.chars().allMatch(c -> c >= 'a' && c <= 'z');
    }

    /** The phrase the initials stand for in this corpus, if one phrase clearly does ({@code capitals}: written "JV", not "jv"). */
    Optional<String> expand(String initials, boolean capitals) {
        if (!mayBe(initials)) {
            return Optional.empty();
        }
        String key = initials + (capitals ? "!" : "");
        Optional<String> found = known.get(key);
        if (found == null) {
            found = find(initials, capitals ? 1 : 2); // outside the map: a scan is no work to hold its lock for
            if (known.size() < REMEMBERED) {
                known.putIfAbsent(key, found);
            }
        }
        return found;
    }

    private Optional<String> find(String initials, int minUses) {
        StringBuilder regex = new StringBuilder("(?i)\\b");
        for (int i = 0; i < initials.length(); i++) {
            regex.append(i == 0 ? "" : "\\s+").append('(').append(initials.charAt(i)).append("[a-z]{2,})");
        }
        Pattern p = Pattern.compile(regex.append("\\b").toString());
        Map<String, Integer> uses = new HashMap<>();
        Map<String, String> written = new HashMap<>(); // a phrase's singular form -> the form the articles write most
        Map<String, Integer> writtenUses = new HashMap<>();
        for (Article a : newest()) {
            for (Sentence s : a.sentences()) {
                Matcher m = p.matcher(s.text());
                int from = 0;
                while (m.find(from)) {
                    String phrase = phrase(m);
                    if (phrase == null) {
                        from = m.start(2); // "the trade talks": "the trade" is no phrase, "trade talks" may be
                        continue;
                    }
                    from = m.end();
                    String one = singular(phrase);
                    uses.merge(one, 1, Integer::sum);
                    int n = writtenUses.merge(phrase, 1, Integer::sum);
                    if (n > writtenUses.getOrDefault(written.getOrDefault(one, ""), 0) || !written.containsKey(one)) {
                        written.put(one, phrase);
                    }
                }
            }
        }
        String best = null;
        int most = minUses - 1;
        boolean tie = false;
        for (var e : uses.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tie = false;
            } else if (e.getValue() == most) {
                tie = true;
            }
        }
        return tie || best == null ? Optional.empty() : Optional.of(written.get(best));
    }

    /** The matched words as one lower-case phrase, or null when one of them is a function word. */
    private static String phrase(Matcher m) {
        StringBuilder out = new StringBuilder();
        for (int g = 1; g <= m.groupCount(); g++) {
            String w = m.group(g).toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(w)) {
                return null;
            }
            out.append(g == 1 ? "" : " ").append(w);
        }
        return out.toString();
    }

    /** "joint ventures" and "joint venture" count as one phrase. */
    private static String singular(String phrase) {
        return phrase.endsWith("s") && !phrase.endsWith("ss") ? phrase.substring(0, phrase.length() - 1) : phrase;
    }

    private List<Article> newest() {
        List<Article> n = newest;
        if (n == null) {
            n = corpus.articles().stream().sorted(Article.NEWEST_FIRST).limit(NEWEST).toList();
            newest = n;
        }
        return n;
    }
}
