package talkbot.news;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A plain-text article: paragraphs separated by blank lines (a paragraph's own line breaks are
 * joined), or, when there is no blank line, one paragraph a line as the corpus keeps them. A
 * first line that reads as a headline (at most 15 words, no closing stop) is the title. A
 * {@code NAME.meta.properties} beside a file gives its title, published date, source and URL as
 * the corpus's meta files do; else the title comes from the first line or the file name, and the
 * date from the file.
 */
final class TextReader {
    private TextReader() {}

    static Draft read(String text, String foundAt, Optional<LocalDate> published) {
        List<String> paragraphs = paragraphs(text);
        String title = "";
        if (!paragraphs.isEmpty() && isHeadline(paragraphs.get(0))) {
            title = paragraphs.remove(0);
        }
        return new Draft(title, published, "", foundAt, paragraphs);
    }

    /** A local .txt file, with its meta file if it has one. */
    static Draft readFile(Path file, String text) throws IOException {
        Optional<LocalDate> modified = Optional.of(
                LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC));
        Draft d = read(text, "", Optional.empty());
        String name = file.getFileName().toString();
        Path meta = file.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".meta.properties");
        Draft fromMeta = new Draft("", Optional.empty(), "", "", List.of());
        if (Files.isRegularFile(meta)) {
            Properties p = new Properties();
            try (Reader r = new StringReader(Files.readString(meta))) {
                p.load(r);
            } catch (IllegalArgumentException e) {
                throw new IOException(meta + ": " + e.getMessage(), e);
            }
            fromMeta = new Draft(p.getProperty("title", ""), PageMeta.date(p.getProperty("published", "")),
                    p.getProperty("source", ""), p.getProperty("url", ""), List.of());
        }
        Draft merged = fromMeta.orElse(d);
        if (!fromMeta.title().isEmpty() && !d.title().isEmpty()) {
            // the meta file names the title: the first line was the article's, keep it as text
            List<String> all = new ArrayList<>();
            all.add(d.title());
            all.addAll(d.paragraphs());
            merged = new Draft(merged.title(), merged.published(), merged.source(), merged.url(), all);
        }
        if (merged.title().isEmpty()) {
            merged = merged.withTitle(humanize(name.substring(0, name.length() - ".txt".length())));
        }
        return merged.orElse(new Draft("", modified, "", "", List.of()));
    }

    static List<String> paragraphs(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n').strip();
        List<String> out = new ArrayList<>();
        if (t.contains("\n\n") || t.matches("(?s).*\\n[ \\t]+\\n.*")) {
            for (String block : t.split("\\n[ \\t]*\\n")) {
                String p = Draft.clean(block.replace('\n', ' '));
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        } else {
            for (String line : t.split("\\n")) {
                String p = Draft.clean(line);
                if (!p.isEmpty()) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    static boolean isHeadline(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?\"”’:;)…,".indexOf(last) < 0 && line.split("\\s+").length <= 15;
    }

    private static String humanize(String id) {
        String t = id.replace('-', ' ').replace('_', ' ').strip();
        return t.isEmpty() ? id : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
