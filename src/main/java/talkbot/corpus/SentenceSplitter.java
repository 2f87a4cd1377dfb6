package talkbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits article text into sentences. Each line is a paragraph; a short line with no closing
 * punctuation is a heading. Within a paragraph a sentence ends at . ! or ? (with any closing
 * quote) followed by a space and a capital, a digit or an opening quote — but never inside a
 * quotation, after an abbreviation ("U.S.", "Mr.") or after an initial.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "gov", "sen", "rep", "prof", "lt", "col", "capt",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "u.n", "e.u", "e.g", "i.e", "vs", "no", "inc", "corp", "ltd", "co", "etc", "approx", "est");
    private static final int MAX_HEADING_WORDS = 12;

    private SentenceSplitter() {}

    /** The sentences of {@code text}, numbered from 1, for article {@code articleId}. */
    public static List<Sentence> split(String articleId, String text) {
        List<Sentence> out = new ArrayList<>();
        for (String rawLine : text.split("\\R")) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isHeading(line)) {
                out.add(new Sentence(articleId, out.size() + 1, line, true));
                continue;
            }
            for (String s : splitParagraph(line)) {
                out.add(new Sentence(articleId, out.size() + 1, s, false));
            }
        }
        return out;
    }

    static boolean isHeading(String line) {
        char last = line.charAt(line.length() - 1);
        boolean closed = ".!?\"”’:;)…".indexOf(last) >= 0;
        return !closed && line.split("\\s+").length <= MAX_HEADING_WORDS;
    }

    static List<String> splitParagraph(String p) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int depth = 0; // inside a quotation
        boolean straightOpen = false;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '“') {
                depth++;
            } else if (c == '”') {
                depth = Math.max(0, depth - 1);
            } else if (c == '"') {
                straightOpen = !straightOpen;
            }
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            int d = depth;
            boolean so = straightOpen;
            while (end < p.length() && "”\"’')".indexOf(p.charAt(end)) >= 0) {
                char q = p.charAt(end);
                if (q == '”') {
                    d = Math.max(0, d - 1);
                } else if (q == '"') {
                    so = !so;
                }
                end++;
            }
            if (d > 0 || so || end >= p.length() || !Character.isWhitespace(p.charAt(end))) {
                continue;
            }
            int next = end;
            while (next < p.length() && Character.isWhitespace(p.charAt(next))) {
                next++;
            }
            if (next >= p.length()) {
                continue;
            }
            char n = p.charAt(next);
            boolean startsSentence = Character.isUpperCase(n) || Character.isDigit(n) || n == '“' || n == '"';
            if (!startsSentence || (c == '.' && isAbbreviation(p, i))) {
                continue;
            }
            out.add(p.substring(start, end).strip());
            depth = d;
            straightOpen = so;
            start = next;
            i = next - 1;
        }
        if (start < p.length()) {
            String rest = p.substring(start).strip();
            if (!rest.isEmpty()) {
                out.add(rest);
            }
        }
        return out;
    }

    /** Whether the period at {@code dot} ends an abbreviation or an initial rather than a sentence. */
    private static boolean isAbbreviation(String p, int dot) {
        int b = dot;
        while (b > 0 && !Character.isWhitespace(p.charAt(b - 1)) && "(“\"".indexOf(p.charAt(b - 1)) < 0) {
            b--;
        }
        String word = p.substring(b, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true;
        }
        return ABBREVIATIONS.contains(word);
    }
}
