package talkbot.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat phrases read as plain words ("went down" is "fell", "set up" is "establish", "oct" is
 * "october"), from {@code talkbot/question-phrases.tsv}, figure shorthand ("20pc", "$550bn"), and a round counted
 * by its number ("round 6" is the "sixth round").
 * Questions are read through it, and so is article text when it is indexed: an article that
 * writes "set up a working group" or "Oct. 27" is found by the words the question is read as.
 */
public final class Phrases {
    /** One rewrite: the text from {@code start} to {@code end} reads as {@code text}. */
    public record Edit(int start, int end, String text) {}

    private final Pattern any;
    private final Map<String, String> replacement;
    /**
     * Phrases an article keeps as written: chat words that mean something else there ("pm" of "10 pm",
     * "sa" of "Vale SA"), and rewrites that only change punctuation ("us-china" as "us china"), which
     * the tokenizer splits alike and which would lose the capitals that tell the country "US" from the pronoun.
     */
    private final Set<String> keptInArticles;

    private Phrases(Pattern any, Map<String, String> replacement, Set<String> keptInArticles) {
        this.any = any;
        this.replacement = Map.copyOf(replacement);
        this.keptInArticles = Set.copyOf(keptInArticles);
    }

    static final String RESOURCE = "/talkbot/question-phrases.tsv";

    /** The lines of the phrase file, for a key of what an index was built with. */
    public static List<String> lines() {
        return Resources.lines(RESOURCE);
    }

    private static final Phrases SHARED = load();

    /** The phrases of {@code talkbot/question-phrases.tsv}, loaded once. */
    public static Phrases get() {
        return SHARED;
    }

    static Phrases load() {
        Map<String, String> map = new HashMap<>();
        Set<String> keptInArticles = new HashSet<>();
        for (String line : lines()) {
            String[] cols = line.split("\t", -1);
            if (cols.length < 2 || cols.length > 3 || cols[0].isBlank() || cols.length == 3 && !cols[2].strip().equals("question")) {
                throw new IllegalStateException("question-phrases.tsv: expected phrase<TAB>replacement[<TAB>question]: " + line);
            }
            String phrase = cols[0].strip().toLowerCase(Locale.ROOT);
            map.put(phrase, cols[1].strip());
            if (cols.length == 3 || words(phrase).equals(words(cols[1]))) {
                keptInArticles.add(phrase);
            }
        }
        // one pass over the text: figure shorthand, then the longest phrase where two start at the same word
        String sorted = map.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
        return new Phrases(Pattern.compile("(?i)(?<percent>\\d)\\s?pc\\b|(?<scaled>\\d)\\s?(?<scale>bn|mn|mln|tn)\\b"
                + "|\\b(?<counted>round)\\s+(?:#\\s*|no\\.\\s*|number\\s+)?(?<count>" + Ordinals.countedAlternation() + ")\\b(?![.,]?\\d|%)"
                + "|\\b(?:" + sorted + ")\\b"), map, keptInArticles);
    }

    /** The rewrites of a question's {@code text}, in order and apart. */
    public List<Edit> edits(String text) {
        return edits(text, false);
    }

    /** The rewrites of an article's {@code text}: all but those of the phrases it keeps as written. */
    public List<Edit> articleEdits(String text) {
        return edits(text, true);
    }

    private List<Edit> edits(String text, boolean article) {
        List<Edit> out = new ArrayList<>();
        Matcher m = any.matcher(text);
        while (m.find()) {
            if (m.group("percent") != null) { // "20pc" is 20%
                out.add(new Edit(m.start(), m.end(), m.group("percent") + "%"));
            } else if (m.group("scaled") != null) { // "550bn" is 550 billion, "3mln" 3 million
                String scale = switch (m.group("scale").toLowerCase(Locale.ROOT)) {
                    case "bn" -> "billion";
                    case "tn" -> "trillion";
                    default -> "million";
                };
                out.add(new Edit(m.start(), m.end(), m.group("scaled") + " " + scale));
            } else if (m.group("counted") != null) { // "round 6", "round six" is the sixth round (but "round 0" counts none)
                String ordinal = Ordinals.ordinal(m.group("count"));
                if (ordinal != null) {
                    out.add(new Edit(m.start(), m.end(), ordinal + " " + m.group("counted").toLowerCase(Locale.ROOT)));
                }
            } else {
                String phrase = m.group().toLowerCase(Locale.ROOT);
                if (!article || !keptInArticles.contains(phrase)) {
                    out.add(new Edit(m.start(), m.end(), replacement.get(phrase)));
                }
            }
        }
        return out;
    }

    /** The words of a text, whatever their case and the punctuation between them. */
    private static String words(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The text with every rewrite made. */
    public String plain(String text) {
        List<Edit> edits = edits(text);
        if (edits.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Edit e : edits) {
            out.append(text, at, e.start()).append(e.text());
            at = e.end();
        }
        return out.append(text, at, text.length()).toString();
    }
}
