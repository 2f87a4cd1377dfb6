package talkbot.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The lower-case words of an English dictionary (SCOWL, see english-words.NOTICE): a word in it is
 * spelt right, so the parser never "corrects" it to a corpus word it merely resembles.
 */
public final class EnglishWords {
    private static final String RESOURCE = "/talkbot/english-words.txt.gz";

    private EnglishWords() {}

    public static boolean contains(String word) {
        return Holder.WORDS.contains(word);
    }

    /** Loaded on first use, once. */
    private static final class Holder {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar");
                }
                Set<String> words = new HashSet<>(100_000);
                BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isEmpty()) {
                        words.add(line);
                    }
                }
                return Set.copyOf(words);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
