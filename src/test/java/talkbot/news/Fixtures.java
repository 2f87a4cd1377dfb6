package talkbot.news;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** The test pages and feeds (src/test/resources/news), and corpus folders to add to. */
final class Fixtures {
    private Fixtures() {}

    static String text(String resource) {
        try (InputStream in = Fixtures.class.getResourceAsStream(resource.startsWith("/") ? resource : "/news/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the project's corpus (with its topic file) in {@code dir}. */
    static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** An article page around the given paragraphs. */
    static String page(String title, String published, String... paragraphs) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
                .append(title).append("</title><meta property=\"og:title\" content=\"").append(title).append("\">");
        if (published != null) {
            b.append("<meta property=\"article:published_time\" content=\"").append(published).append("\">");
        }
        b.append("</head><body><nav><a href=\"/\">Home</a></nav><article><h1>").append(title).append("</h1>");
        for (String p : paragraphs) {
            b.append("<p>").append(p).append("</p>");
        }
        return b.append("</article><footer>© Fixture</footer></body></html>").toString();
    }

    /** The Norwegian mackerel article of the core's test corpora: off topic. */
    static String mackerelText() {
        return text("/corpora/second/norway-iceland-mackerel.txt");
    }

    /** The second-day article of the summary tests: on topic. */
    static String secondDayText() {
        return text("/second-article/talks-second-day.txt");
    }
}
