package talkbot.intent;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.lexicon.Resources;

/** Chat phrases read as the plain words articles use ("went down" is "fell"), from {@code talkbot/question-phrases.tsv}. */
final class Phrases {
    private record Rule(Pattern phrase, String replacement) {}

    private final List<Rule> rules;

    private Phrases(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    static Phrases load() {
        List<Rule> rules = new ArrayList<>();
        for (String line : Resources.lines("/talkbot/question-phrases.tsv")) {
            String[] cols = line.split("\t", -1);
            if (cols.length != 2 || cols[0].isBlank()) {
                throw new IllegalStateException("question-phrases.tsv: expected phrase<TAB>replacement: " + line);
            }
            rules.add(new Rule(Pattern.compile("(?i)\\b" + Pattern.quote(cols[0].strip()) + "\\b"), Matcher.quoteReplacement(cols[1].strip())));
        }
        return new Phrases(rules);
    }

    String plain(String text) {
        String out = text;
        for (Rule r : rules) {
            out = r.phrase().matcher(out).replaceAll(r.replacement());
        }
        return out;
    }
}
