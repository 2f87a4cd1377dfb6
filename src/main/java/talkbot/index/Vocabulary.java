package talkbot.index;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every word form the corpus uses, with its count, for spelling correction: a word a question
 * uses that the corpus does not ("leeds", "Bessant") is corrected to the most frequent corpus
 * word within one edit (two for long words), transpositions counting as one edit.
 */
public final class Vocabulary {
    private static final int MIN_LENGTH_ONE_EDIT = 5;
    private static final int MIN_LENGTH_TWO_EDITS = 7;

    private final Map<String, Integer> counts = new HashMap<>();

    void add(String text) {
        for (String w : words(text)) {
            counts.merge(w, 1, Integer::sum);
        }
    }

    /** The lower-case words of {@code text}: letters, digits and inner apostrophes or hyphens. */
    public static java.util.List<String> words(String text) {
        java.util.List<String> out = new java.util.ArrayList<>();
        StringBuilder w = new StringBuilder();
        String s = text.replace('’', '\'');
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                w.append(Character.toLowerCase(c));
            } else {
                if (w.length() > 0) {
                    out.add(w.toString().toLowerCase(Locale.ROOT));
                    w.setLength(0);
                }
            }
        }
        return out;
    }

    public boolean contains(String word) {
        return counts.containsKey(word);
    }

    public int size() {
        return counts.size();
    }

    /** The closest corpus word to an unknown one, if any is close enough. */
    public Optional<String> correct(String word) {
        int len = word.length();
        if (len < MIN_LENGTH_ONE_EDIT || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        int max = len >= MIN_LENGTH_TWO_EDITS ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestCount = -1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String cand = e.getKey();
            if (Math.abs(cand.length() - len) > max || cand.length() < MIN_LENGTH_ONE_EDIT - 1) {
                continue;
            }
            int d = distance(word, cand, max);
            if (d <= max && (d < bestDistance || (d == bestDistance && e.getValue() > bestCount)
                    || (d == bestDistance && e.getValue() == bestCount && cand.compareTo(best) < 0))) {
                best = cand;
                bestDistance = d;
                bestCount = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Optimal-string-alignment distance, giving up (returning max + 1) once it must exceed {@code max}. */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        int[] prev2 = new int[m + 1];
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
