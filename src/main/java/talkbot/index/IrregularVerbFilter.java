package talkbot.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import talkbot.lexicon.Resources;

/**
 * Reads an irregular form of a verb as the verb ("left" is "leave", "met" is "meet"), from
 * {@code talkbot/irregular-verbs.tsv}, before stemming: Porter stemming only knows the regular ones.
 * Applied alike at index and query time.
 */
final class IrregularVerbFilter extends TokenFilter {
    private static final Map<String, String> VERBS = load();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    IrregularVerbFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String verb = VERBS.get(term.toString());
        if (verb != null) {
            term.setEmpty().append(verb);
        }
        return true;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        for (String line : Resources.lines("/talkbot/irregular-verbs.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalStateException("irregular-verbs.tsv: expected form<TAB>verb: " + line);
            }
            out.put(cols[0].strip(), cols[1].strip());
        }
        return Map.copyOf(out);
    }
}
