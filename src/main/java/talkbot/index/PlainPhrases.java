package talkbot.index;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import talkbot.lexicon.Phrases;

/**
 * Reads text through the chat phrases a question is read through ({@link Phrases}): an article
 * that writes "set up a working group", "Oct. 27", "$5bn" or "LNG" is indexed as "establish a
 * working group", "october 27", "$5 billion", "liquefied natural gas", the words the question
 * "what did they set up", "in oct", "5 billion" or "lng" is searched by; the phrases an article
 * keeps as written ("US-China", "10 pm": {@link Phrases#articleEdits}) stay. Offsets point back
 * into the text as written.
 */
final class PlainPhrases extends BaseCharFilter {
    private String out;
    private int pos;

    PlainPhrases(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        if (out == null) {
            out = rewrite(slurp());
        }
        if (pos >= out.length()) {
            return -1;
        }
        int n = Math.min(len, out.length() - pos);
        out.getChars(pos, pos + n, buf, off);
        pos += n;
        return n;
    }

    private String slurp() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n = input.read(chunk); n >= 0; n = input.read(chunk)) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    /** The text rewritten, each offset correction recorded as Lucene's pattern char filter records its own. */
    private String rewrite(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int at = 0;
        int cumulative = 0;
        for (Phrases.Edit e : Phrases.get().articleEdits(text)) {
            b.append(text, at, e.start());
            int before = b.length();
            b.append(e.text());
            int was = e.end() - e.start();
            int now = e.text().length();
            if (now < was) {
                cumulative += was - now;
                addOffCorrectMap(before + now, cumulative);
            } else {
                for (int i = was; i < now; i++) {
                    addOffCorrectMap(before + i, --cumulative);
                }
            }
            at = e.end();
        }
        return b.append(text, at, text.length()).toString();
    }
}
