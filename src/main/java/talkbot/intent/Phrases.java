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

    String plain(String text) {
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
