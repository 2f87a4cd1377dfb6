package talkbot.news;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text's word 5-grams, hashed: enough to tell that two texts are near-identical (the same wire
 * story on two sites, a page fetched twice with different furniture) without keeping the texts.
 */
final class Shingles {
    static final int K = 5;
    /** Most of the new text's 5-grams are in the old one: it adds nothing. */
    static final double COVERED = 0.85;

    private final long[] hashes; // sorted, distinct

    private Shingles(long[] hashes) {
        this.hashes = hashes;
    }

    static Shingles of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String[] words = Arrays.stream(folded.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (words.length < K) {
            return new Shingles(new long[0]);
        }
        long[] out = new long[words.length - K + 1];
        for (int i = 0; i + K <= words.length; i++) {
            long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
            for (int j = i; j < i + K; j++) {
                for (int c = 0; c < words[j].length(); c++) {
                    h = (h ^ words[j].charAt(c)) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            out[i] = h;
        }
        return new Shingles(Arrays.stream(out).sorted().distinct().toArray());
    }

    int size() {
        return hashes.length;
    }

    /** Whether {@code newer} is near-identical to this text: most of its 5-grams are here already. */
    boolean nearlySame(Shingles newer) {
        if (hashes.length == 0 || newer.hashes.length == 0) {
            return false;
        }
        int shared = 0;
        int i = 0;
        int j = 0;
        while (i < hashes.length && j < newer.hashes.length) {
            if (hashes[i] == newer.hashes[j]) {
                shared++;
                i++;
                j++;
            } else if (hashes[i] < newer.hashes[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / newer.hashes.length >= COVERED;
    }
}
