package talkbot.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
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
    /** Candidate lookup for {@link #correct}, built once the vocabulary is complete; null while it grows. */
    private volatile DeletionIndex deletions;
    /**
     * The whole vocabulary this one adds words to (prepared, never changed again), or null when
     * this one is whole: then {@link #counts} holds only the words added, and their counts add to the base's.
     */
    private final Vocabulary base;

    Vocabulary() {
        this(null);
    }

    private Vocabulary(Vocabulary base) {
        this.base = base;
    }

    /**
     * This vocabulary with more words counted (the words of articles added since, and the texts
     * of names new to the corpus), sharing its spelling index: only the added words are indexed
     * anew. Corrects exactly as a vocabulary built whole from the same counts would.
     */
    Vocabulary plus(Map<String, Integer> words, List<String> texts) {
        Vocabulary root = base == null ? this : base;
        root.prepare();
        Vocabulary v = new Vocabulary(root);
        if (base != null) {
            counts.forEach((w, c) -> v.counts.merge(w, c, Integer::sum));
        }
        words.forEach((w, c) -> v.counts.merge(w, c, Integer::sum));
        texts.forEach(v::add);
        v.prepare();
        return v;
    }

    /** How many word forms this vocabulary counts beyond the whole one it adds to (0 for a whole one). */
    int added() {
        return base == null ? 0 : counts.size();
    }

    /** How often the corpus uses the word (0 when never). */
    int count(String word) {
        return counts.getOrDefault(word, 0) + (base == null ? 0 : base.count(word));
    }

    void add(String text) {
        for (String w : words(text)) {
            counts.merge(w, 1, Integer::sum);
        }
        deletions = null;
    }

    /** Counts a word (as {@link #words} reads them) {@code count} more times. */
    void addWord(String word, int count) {
        counts.merge(word, count, Integer::sum);
        deletions = null;
    }

    /** Builds the spelling index now rather than on the first correction (the index builder calls it last). */
    void prepare() {
        deletionIndex();
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
        return counts.containsKey(word) || (base != null && base.contains(word));
    }

    public int size() {
        if (base == null) {
            return counts.size();
        }
        int more = 0;
        for (String w : counts.keySet()) {
            more += base.contains(w) ? 0 : 1;
        }
        return base.size() + more;
    }

    /** The closest corpus word to an unknown one, if any is close enough. */
    public Optional<String> correct(String word) {
        int len = word.length();
        if (len < MIN_LENGTH_ONE_EDIT || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Closest closest = new Closest(word, maxEdits(len));
        List<DeletionIndex> indexes = base == null ? List.of(deletionIndex()) : List.of(deletionIndex(), base.deletionIndex());
        for (DeletionIndex index : indexes) {
            for (int id : index.candidates(word, closest.max)) {
                String cand = index.word(id);
                closest.consider(cand, () -> base == null ? index.count(id) : count(cand));
            }
        }
        return Optional.ofNullable(closest.best);
    }

    /** The same answer as {@link #correct}, by comparing with every word: the reference the index is tested against. */
    Optional<String> correctByScan(String word) {
        int len = word.length();
        if (len < MIN_LENGTH_ONE_EDIT || !word.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        Closest closest = new Closest(word, maxEdits(len));
        java.util.Set<String> all = new java.util.HashSet<>(counts.keySet());
        if (base != null) {
            all.addAll(base.counts.keySet());
        }
        for (String cand : all) {
            closest.consider(cand, () -> count(cand));
        }
        return Optional.ofNullable(closest.best);
    }

    /**
     * The closest word seen so far to {@code word}: the fewest edits (at most {@code max}), then
     * the most used, then the first in alphabetical order — one rule for the index and the scan.
     */
    private static final class Closest {
        private final String word;
        private final int max;
        private String best;
        private int bestDistance = Integer.MAX_VALUE;
        private int bestCount = -1;

        Closest(String word, int max) {
            this.word = word;
            this.max = max;
        }

        void consider(String cand, java.util.function.IntSupplier count) {
            if (Math.abs(cand.length() - word.length()) > max || cand.length() < MIN_LENGTH_ONE_EDIT - 1) {
                return;
            }
            int d = distance(word, cand, max);
            if (d > max) {
                return;
            }
            int c = count.getAsInt();
            if (d < bestDistance || (d == bestDistance && c > bestCount) || (d == bestDistance && c == bestCount && cand.compareTo(best) < 0)) {
                best = cand;
                bestDistance = d;
                bestCount = c;
            }
        }
    }

    private static int maxEdits(int len) {
        return len >= MIN_LENGTH_TWO_EDITS ? 2 : 1;
    }

    private DeletionIndex deletionIndex() {
        DeletionIndex d = deletions;
        if (d == null) {
            synchronized (this) {
                d = deletions;
                if (d == null) {
                    d = new DeletionIndex(counts);
                    deletions = d;
                }
            }
        }
        return d;
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

    /**
     * Symmetric-delete candidate index (as in SymSpell): every word is filed under each string
     * that deleting up to two of its characters leaves (one for words too short to be a two-edit
     * candidate). Two words within k edits, a transposition counting as one, always share such a
     * string with at most k deletions on each side — a substitution deletes the character on
     * both sides, an insertion or deletion on one, a transposition one of the two characters on
     * each — so looking up the question word's own deletions finds every word within reach and
     * only a few more, which {@link #distance} then checks. Strings are filed by a 40-bit hash
     * packed with the word's number into one sorted {@code long[]}: a collision only adds a
     * candidate to check, never loses one. A lookup costs a few dozen binary searches instead of
     * a distance to every word of the corpus.
     */
    static final class DeletionIndex {
        private static final int ID_BITS = 24;
        private static final long ID_MASK = (1L << ID_BITS) - 1;
        /** Words shorter than this are only ever one-edit candidates (two edits need a word of 8 or more, so 6 or more). */
        private static final int MIN_LENGTH_TWO_DELETES = MIN_LENGTH_TWO_EDITS - 2;

        private final String[] words;
        private final int[] counts;
        /** The longest word: nothing is within reach of a word longer than this plus the edits allowed. */
        private final int maxLength;
        /** (hash << 24 | word number), sorted; null when there are too many words to number (then every word is a candidate). */
        private final long[] keys;

        DeletionIndex(Map<String, Integer> vocabulary) {
            List<String> eligible = new ArrayList<>();
            for (String w : vocabulary.keySet()) {
                if (w.length() >= MIN_LENGTH_ONE_EDIT - 1) {
                    eligible.add(w);
                }
            }
            words = eligible.toArray(new String[0]);
            counts = new int[words.length];
            int longest = 0;
            for (int i = 0; i < words.length; i++) {
                counts[i] = vocabulary.get(words[i]);
                longest = Math.max(longest, words[i].length());
            }
            maxLength = longest;
            if (words.length > ID_MASK) {
                keys = null;
                return;
            }
            LongList out = new LongList(words.length * 16);
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                long id = i;
                int deletes = w.length() >= MIN_LENGTH_TWO_DELETES ? 2 : 1;
                forEachDeletion(w, deletes, h -> out.add((h << ID_BITS) | id));
            }
            long[] k = out.toArray();
            Arrays.sort(k);
            int n = 0;
            for (int i = 0; i < k.length; i++) {
                if (n == 0 || k[i] != k[n - 1]) {
                    k[n++] = k[i];
                }
            }
            keys = Arrays.copyOf(k, n);
        }

        String word(int id) {
            return words[id];
        }

        int count(int id) {
            return counts[id];
        }

        /** Numbers of the words that may be within {@code max} edits of {@code word}: a superset, each once. */
        int[] candidates(String word, int max) {
            if (word.length() - max > maxLength) {
                // no word is that long; and the deletions of a long word grow with the cube of its
                // length (a 1,000-letter "word" would cost half a second)
                return new int[0];
            }
            if (keys == null) {
                int[] all = new int[words.length];
                Arrays.setAll(all, i -> i);
                return all;
            }
            IntList found = new IntList();
            forEachDeletion(word, max, h -> {
                long from = h << ID_BITS;
                int i = lowerBound(keys, from);
                while (i < keys.length && (keys[i] >>> ID_BITS) == h) {
                    found.add((int) (keys[i] & ID_MASK));
                    i++;
                }
            });
            return found.distinct();
        }

        private static int lowerBound(long[] a, long key) {
            int lo = 0;
            int hi = a.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (a[mid] < key) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Calls {@code sink} with the 40-bit hash of {@code w} and of every string left by deleting 1..max of its characters. */
        static void forEachDeletion(String w, int max, java.util.function.LongConsumer sink) {
            int n = w.length();
            sink.accept(hash(w, -1, -1));
            if (max >= 1) {
                for (int i = 0; i < n; i++) {
                    sink.accept(hash(w, i, -1));
                }
            }
            if (max >= 2) {
                for (int i = 0; i < n; i++) {
                    for (int j = i + 1; j < n; j++) {
                        sink.accept(hash(w, i, j));
                    }
                }
            }
        }

        /** A 40-bit hash of {@code w} without the characters at {@code skip1} and {@code skip2} (-1: none). */
        static long hash(String w, int skip1, int skip2) {
            long h = 0xcbf29ce484222325L;
            int len = 0;
            for (int i = 0; i < w.length(); i++) {
                if (i != skip1 && i != skip2) {
                    h = (h ^ w.charAt(i)) * 0x100000001b3L;
                    len++;
                }
            }
            h ^= len;
            h ^= h >>> 33;
            h *= 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
            h *= 0xc4ceb9fe1a85ec53L;
            h ^= h >>> 33;
            return h >>> (64 - 40);
        }
    }

    private static final class LongList {
        private long[] a;
        private int n;

        LongList(int capacity) {
            a = new long[Math.max(16, capacity)];
        }

        void add(long v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }

    private static final class IntList {
        private int[] a = new int[32];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, a.length * 2);
            }
            a[n++] = v;
        }

        int[] distinct() {
            int[] s = Arrays.copyOf(a, n);
            Arrays.sort(s);
            int m = 0;
            for (int i = 0; i < s.length; i++) {
                if (m == 0 || s[i] != s[m - 1]) {
                    s[m++] = s[i];
                }
            }
            return Arrays.copyOf(s, m);
        }
    }
}
