package talkbot.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
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

    /**
     * Loaded on first use, once: the file's bytes split by hand (the words are ASCII), which takes
     * a third of the time of reading it line by line on the cold JVM every {@code ask} starts.
     */
    private static final class Holder {
        static final Set<String> WORDS = load();

        private static Set<String> load() {
            byte[] text;
            try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar");
                }
                text = new GZIPInputStream(in).readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Set<String> words = new HashSet<>(130_000); // never changed once made
            int start = 0;
            for (int i = 0; i <= text.length; i++) {
                if (i == text.length || text[i] == '\n') {
                    if (i > start) {
                        words.add(new String(text, start, i - start, StandardCharsets.UTF_8).strip());
                    }
                    start = i + 1;
                }
            }
            words.remove("");
            return Collections.unmodifiableSet(words);
        }
    }
}
