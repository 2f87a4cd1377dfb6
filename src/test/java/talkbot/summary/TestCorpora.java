package talkbot.summary;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** The real corpus, and copies of it grown by the small test article in {@code second-article/}. */
public final class TestCorpora {
    public static final Path REAL = Path.of("corpus");
    public static final String MAIN = "us-china-london-talks";
    public static final String SECOND = "talks-second-day";

    private TestCorpora() {}

    /** The real corpus plus the second article, in {@code dir}. */
    public static Path grown(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(REAL)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return secondArticle(dir);
    }

    /** {@code dir} with the Norwegian mackerel article (off topic, no facts file) of the core's test corpora added. */
    static Path withMackerel(Path dir) throws IOException {
        for (String name : List.of("norway-iceland-mackerel.txt", "norway-iceland-mackerel.meta.properties")) {
            try (InputStream in = TestCorpora.class.getResourceAsStream("/corpora/second/" + name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** The second article alone (no facts, no aliases, no synonyms), in {@code dir}. */
    static Path secondArticle(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : List.of(SECOND + ".txt", SECOND + ".meta.properties")) {
            try (InputStream in = TestCorpora.class.getResourceAsStream("/second-article/" + name)) {
                Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }
}
