package talkbot.corpus;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by loading and answering. */
public final class Text {
    private Text() {}

    // compiled once: String.replaceAll compiles its pattern on every call, and answering folds
    // every candidate sentence
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Lower case, curly quotes and dashes made plain, accents removed, white space folded. */
    public static String fold(String s) {
        if (plainAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // nothing to normalise: the common case, and answering folds often
        }
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        n = n.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('–', '-').replace('—', '-');
        return SPACES.matcher(n.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Printable ASCII with single spaces and no space at either end: folding only lowers its case. */
    private static boolean plainAscii(String s) {
        int n = s.length();
        if (n == 0) {
            return true;
        }
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    /** Whether {@code needle} occurs in {@code hay}, ignoring case, quote style and spacing. */
    public static boolean containsLoosely(String hay, String needle) {
        return fold(hay).contains(fold(needle));
    }

    /** Two or three capitalised words: "He Lifeng", "Scott Bessent". */
    public static boolean looksLikeName(String s) {
        String[] parts = s.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || !Character.isUpperCase(p.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Cuts {@code s} to at most {@code max} characters at a word boundary, with an ellipsis; never inside a surrogate pair. */
    public static String clip(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) {
            cut = max - 1;
        }
        if (cut > 0 && Character.isHighSurrogate(s.charAt(cut - 1)) && Character.isLowSurrogate(s.charAt(cut))) {
            cut--; // never half a character: a lone surrogate is not text a chat platform accepts
        }
        return s.substring(0, cut).stripTrailing() + "…";
    }

    /** {@code s} with every lone surrogate replaced by U+FFFD, so that it encodes as UTF-8. */
    public static String wellFormed(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(s.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length()).append(s, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }
}
