package talkbot.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * The lower-case words of an English dictionary (SCOWL, see english-words.NOTICE): a word in it is
 * spelt right, so the parser never "corrects" it to a corpus word it merely resembles.
 */
public final class EnglishWords {
    private static final String RESOURCE = "/talkbot/english-words.txt.gz";

    private EnglishWords() {}

    public static boolean contains(String word) {
        return Holder.LIST.contains(word);
    }

    /** The word list as it is searched. */
    static SortedLines list() {
        return Holder.LIST;
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final SortedLines LIST = SortedLines.of(read());

        private static byte[] read() {
            try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar");
                }
                return new GZIPInputStream(in).readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * ASCII lines in byte order, searched where they lie: no string or hash is made for the 64,000
     * words when {@code ask} starts on a cold JVM, only the offset of each line.
     */
    static final class SortedLines {
        private final byte[] text;
        private final int[] starts;

        private SortedLines(byte[] text, int[] starts) {
            this.text = text;
            this.starts = starts;
        }

        /**
         * The lines of ASCII text, which must be in byte order ({@link #inOrder()}, checked by a test
         * rather than at every start).
         *
         * @throws IllegalArgumentException when a byte is a space, a control character (a carriage
         *         return) or beyond ASCII: a line with one would never be found
         */
        static SortedLines of(byte[] text) {
            int[] starts = new int[1024];
            int n = 0;
            int start = 0;
            for (int i = 0; i <= text.length; i++) {
                if (i == text.length || text[i] == '\n') {
                    if (i > start) {
                        if (n == starts.length) {
                            starts = Arrays.copyOf(starts, n * 2);
                        }
                        starts[n++] = start;
                    }
                    start = i + 1;
                } else if (text[i] <= ' ') { // negative too: beyond ASCII
                    throw new IllegalArgumentException("not one ASCII word a line: byte " + (text[i] & 0xff) + " at " + i);
                }
            }
            return new SortedLines(text, Arrays.copyOf(starts, n));
        }

        /** Whether every line sorts after the one before it, as a binary search needs. */
        boolean inOrder() {
            for (int k = 1; k < starts.length; k++) {
                if (compare(k, line(k - 1)) <= 0) {
                    return false;
                }
            }
            return true;
        }

        int size() {
            return starts.length;
        }

        boolean contains(String word) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = compare(mid, word);
                if (c == 0) {
                    return true;
                } else if (c < 0) {
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return false;
        }

        private String line(int k) {
            int end = k + 1 < starts.length ? starts[k + 1] - 1 : text.length;
            while (end > starts[k] && text[end - 1] == '\n') {
                end--;
            }
            return new String(text, starts[k], end - starts[k], StandardCharsets.US_ASCII);
        }

        /** Line k against a word, in byte order; a word with a character beyond ASCII sorts after every line. */
        private int compare(int k, String word) {
            int i = starts[k];
            for (int j = 0; j < word.length(); j++, i++) {
                if (i == text.length || text[i] == '\n') {
                    return -1; // the line is a prefix of the word
                }
                int diff = text[i] - word.charAt(j);
                if (diff != 0) {
                    return diff;
                }
            }
            return i == text.length || text[i] == '\n' ? 0 : 1;
        }
    }
}
