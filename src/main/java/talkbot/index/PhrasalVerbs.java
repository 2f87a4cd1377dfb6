package talkbot.index;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import talkbot.lexicon.Resources;

/**
 * Reads a verb and its particle as the one word they mean ("pressed for" is "demand"), from
 * {@code talkbot/phrasal-verbs.tsv}, before the particle is dropped as a stopword and leaves the
 * verb meaning something else ("press"). Applied alike at index and query time.
 */
final class PhrasalVerbs {
    private record Rule(Pattern pattern, String replacement) {}

    private static final List<String> LINES = Resources.lines("/talkbot/phrasal-verbs.tsv");
    private static final List<Rule> RULES = parse(LINES);

    private PhrasalVerbs() {}

    /** The table's lines, which the index's analysis key counts: a changed table re-indexes. */
    static List<String> lines() {
        return LINES;
    }

    static Reader wrap(Reader reader) {
        Reader out = reader;
        for (Rule r : RULES) {
            out = new PatternReplaceCharFilter(r.pattern(), r.replacement(), out);
        }
        return out;
    }

    private static List<Rule> parse(List<String> lines) {
        List<Rule> out = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length != 3 || !cols[0].strip().matches("[a-z]+") || !cols[1].strip().matches("[a-z]+") || !cols[2].strip().matches("[a-z]+")) {
                throw new IllegalStateException("phrasal-verbs.tsv: expected verb<TAB>particle<TAB>word: " + line);
            }
            String verb = cols[0].strip();
            // a regular verb's forms: press, presses, pressed, pressing (a silent e goes before -ed and -ing: "raise", "raised");
            // the bare form is no noun after a determiner ("told the press for the first time", "Associated Press for")
            String stem = verb.endsWith("e") ? verb.substring(0, verb.length() - 1) : verb;
            String third = verb.matches(".*(?:s|sh|ch|x|z)") ? verb + "es" : verb + "s";
            Pattern p = Pattern.compile("(?i)(?:(?<!\\b(?:the|a|an|associated|free|foreign|local|national|state|world)\\s)\\b" + Pattern.quote(verb)
                    + "|\\b(?:" + Pattern.quote(third) + "|" + Pattern.quote(stem) + "ed|" + Pattern.quote(stem) + "ing))\\s+"
                    + Pattern.quote(cols[1].strip()) + "\\b");
            out.add(new Rule(p, cols[2].strip()));
        }
        return List.copyOf(out);
    }
}
