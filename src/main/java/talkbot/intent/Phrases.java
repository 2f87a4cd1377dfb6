package talkbot.intent;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.lexicon.Resources;

/** Chat phrases read as the plain words articles use ("went down" is "fell"), from {@code talkbot/question-phrases.tsv}. */
final class Phrases {
    private final Pattern any;
    private final Map<String, String> replacement;

    private Phrases(Pattern any, Map<String, String> replacement) {
        this.any = any;
        this.replacement = Map.copyOf(replacement);
    }

    static Phrases load() {
        Map<String, String> map = new HashMap<>();
        StringBuilder alternatives = new StringBuilder();
        for (String line : Resources.lines("/talkbot/question-phrases.tsv")) {
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || cols[0].isBlank()) {
                throw new IllegalStateException("question-phrases.tsv: expected phrase<TAB>replacement: " + line);
            }
            String phrase = cols[0].strip().toLowerCase(Locale.ROOT);
            map.put(phrase, cols[1].strip());
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(phrase));
        }
        // one pass over the question: the longest phrase wins where two start at the same word
        String sorted = map.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElse("(?!)");
        return new Phrases(Pattern.compile("(?i)\\b(?:" + sorted + ")\\b"), map);
    }

    /** Chat shorthand for figures: "20pc" is 20%, "550bn" 550 billion, "3mln" 3 million. */
    private static final Pattern PERCENT_SHORT = Pattern.compile("(?i)(\\d)\\s?pc\\b");
    private static final Pattern SCALE_SHORT = Pattern.compile("(?i)(\\d)\\s?(bn|mn|mln|tn)\\b");

    private static String figures(String text) {
        String t = PERCENT_SHORT.matcher(text).replaceAll("$1%");
        Matcher m = SCALE_SHORT.matcher(t);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String scale = switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "bn" -> "billion";
                case "tn" -> "trillion";
                default -> "million";
            };
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + " " + scale));
        }
        m.appendTail(out);
        return out.toString();
    }

    String plain(String text) {
        text = figures(text);
        Matcher m = any.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.get(m.group().toLowerCase(Locale.ROOT))));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
