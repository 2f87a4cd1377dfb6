package talkbot.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeSource;
import talkbot.lexicon.Resources;

/**
 * Reads a verb and its particle as the one word they mean ("pressed for" is "demand"), from
 * {@code talkbot/phrasal-verbs.tsv}, before the particle is dropped as a stopword and leaves the
 * verb meaning something else ("press"): the verb's token becomes the word, and the particle is left
 * for the stop filter. A regular verb's forms count (press, presses, pressed, pressing; a silent e
 * goes before -ed and -ing); the bare form after a determiner is a noun ("told the press for the
 * first time"). Applied alike at index and query time, on lower-cased tokens.
 */
final class PhrasalVerbs extends TokenFilter {
    private record Rule(String particle, String word) {}

    private static final List<String> LINES = Resources.lines("/talkbot/phrasal-verbs.tsv");
    /** Each form of each verb, and what it is read as before which particle. */
    private static final Map<String, Rule> FORMS = parse(LINES);
    private static final Map<String, Rule> BARE = bare(LINES);
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "associated", "free", "foreign", "local", "national", "state", "world");

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private AttributeSource.State pending;
    private String previous = "";

    PhrasalVerbs(TokenStream in) {
        super(in);
    }

    /** The table's lines, which the index's analysis key counts: a changed table re-indexes. */
    static List<String> lines() {
        return LINES;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (pending != null) {
            restoreState(pending); // the particle read ahead
            pending = null;
            previous = term.toString();
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        Rule rule = FORMS.get(word);
        if (rule != null && BARE.containsKey(word) && DETERMINERS.contains(previous)) {
            rule = null; // "the press for …": a noun
        }
        if (rule == null) {
            previous = word;
            return true;
        }
        AttributeSource.State verb = captureState();
        if (!input.incrementToken()) {
            restoreState(verb);
            previous = word;
            return true;
        }
        boolean particle = term.toString().equals(rule.particle());
        pending = captureState();
        restoreState(verb);
        if (particle) {
            term.setEmpty().append(rule.word());
        }
        previous = word;
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending = null;
        previous = "";
    }

    private static Map<String, Rule> parse(List<String> lines) {
        Map<String, Rule> out = new HashMap<>();
        for (String[] cols : rows(lines)) {
            String verb = cols[0];
            String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
            String third = verb.matches(".*(?:s|sh|ch|x|z)") ? verb + "es" : verb + "s";
            Rule rule = new Rule(cols[1], cols[2]);
            for (String form : List.of(verb, third, stem + "ed", stem + "ing")) {
                out.put(form, rule);
            }
        }
        return Map.copyOf(out);
    }

    private static Map<String, Rule> bare(List<String> lines) {
        Map<String, Rule> out = new HashMap<>();
        for (String[] cols : rows(lines)) {
            out.put(cols[0], new Rule(cols[1], cols[2]));
        }
        return Map.copyOf(out);
    }

    private static List<String[]> rows(List<String> lines) {
        return lines.stream().map(line -> {
            String[] cols = line.split("\t");
            if (cols.length != 3 || !cols[0].strip().matches("[a-z]+") || !cols[1].strip().matches("[a-z]+") || !cols[2].strip().matches("[a-z]+")) {
                throw new IllegalStateException("phrasal-verbs.tsv: expected verb<TAB>particle<TAB>word: " + line);
            }
            return new String[] {cols[0].strip(), cols[1].strip(), cols[2].strip()};
        }).toList();
    }
}
