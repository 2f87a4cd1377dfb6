package talkbot.news;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import talkbot.store.Articles;

/**
 * The corpus folder as {@code add} and the feeds see it: which articles it has (their URLs and the
 * shingles of their text, to find duplicates; read once per file version and cached), and the
 * writing of a new article in the corpus's format — {@code ID.meta.properties} ({@code title},
 * {@code published}, {@code source}, {@code url}), then {@code ID.txt} (a paragraph a line) —
 * each atomically (written to a hidden temporary file in the folder, forced to disk, then moved
 * into place), so that a running bot's reload never sees half an article. The id is the title's
 * slug, made unique; it is reserved with a hidden marker file first, so that two writers (a
 * feed in {@code run} and an {@code add} beside it) never take the same one. Thread-safe.
 */
final class CorpusFolder {
    /** .txt files of the folder that are data, not articles (as CorpusLoader has it). */
    private static final Set<String> DATA_FILES = Set.of("synonyms.txt");
    private static final int MAX_ID = 60;
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "ocid", "cmpid", "mc_cid", "mc_eid");

    /** An article on disk as far as duplicates go. */
    private record Known(String version, String url, Shingles shingles) {}

    private final Path dir;
    /** Where a new article is kept too, so that every replica gets it; null for a bot on its own. */
    private final Articles shared;
    private final Map<String, Known> known = new HashMap<>();

    CorpusFolder(Path dir) {
        this(dir, null);
    }

    CorpusFolder(Path dir, Articles shared) {
        this.dir = dir;
        this.shared = shared;
    }

    Path dir() {
        return dir;
    }

    /** The article already published at this URL (compared without scheme, www., fragment or tracking parameters). */
    synchronized Optional<String> sameUrl(String url) {
        String key = normalizeUrl(url);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return refresh().entrySet().stream().filter(e -> key.equals(e.getValue().url())).map(Map.Entry::getKey)
                .sorted().findFirst();
    }

    /** An article whose text is near-identical to {@code text} (see {@link Shingles#nearlySame}). */
    synchronized Optional<String> nearDuplicate(String text) {
        Shingles s = Shingles.of(text);
        return refresh().entrySet().stream().filter(e -> e.getValue().shingles().nearlySame(s)).map(Map.Entry::getKey)
                .sorted().findFirst();
    }

    /**
     * Writes the article under an id free here (and, with a shared store, free there: it is kept
     * there first, then here); added, or a duplicate when the shared store has its URL already.
     */
    synchronized Outcome write(String title, LocalDate published, String source, String url, String text) {
        String base = slug(title);
        String meta = meta(title, published, source, url);
        String body = text + "\n";
        for (int n = 1; ; n++) {
            String id = n == 1 ? base : base + "-" + n;
            Path reserved = reserve(id);
            if (reserved == null) {
                continue;
            }
            try {
                Articles.Claim claim = shared == null ? Articles.Claim.STORED
                        : shared.publish(id, normalizeUrl(url), meta, body);
                switch (claim.kind()) {
                    case ID_TAKEN -> {
                        continue;
                    }
                    case SAME_URL -> {
                        return Outcome.skipped(Outcome.Kind.DUPLICATE, "already in the corpus (the same URL as "
                                + claim.other() + ", added by another replica)");
                    }
                    case STORED -> {
                        writeFiles(id, meta, body);
                        return Outcome.added(id, title);
                    }
                }
            } finally {
                unreserve(reserved);
            }
        }
    }

    /**
     * Writes an article another replica kept in the shared store, under its id, unless this folder
     * has that id already; true when written.
     */
    synchronized boolean writeKept(Articles.Stored article) {
        Path reserved = reserve(article.id());
        if (reserved == null) {
            return false;
        }
        try {
            writeFiles(article.id(), article.meta(), article.text());
            return true;
        } finally {
            unreserve(reserved);
        }
    }

    /** Whether this folder has an article {@code id} (its text or its metadata). */
    boolean has(String id) {
        return Files.exists(dir.resolve(id + ".txt")) || Files.exists(dir.resolve(id + ".meta.properties"));
    }

    /** Reserves {@code id} with a hidden marker file; null when the id is in use (here, or by another writer). */
    private Path reserve(String id) {
        if (has(id)) {
            return null;
        }
        Path reserved = dir.resolve("." + id + ".reserved");
        try {
            Files.createFile(reserved);
            return reserved;
        } catch (FileAlreadyExistsException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void unreserve(Path reserved) {
        try {
            Files.deleteIfExists(reserved);
        } catch (IOException e) {
            // a stale marker only keeps its id from being used again
        }
    }

    /** The metadata, then the text: a reload that sees the text sees its metadata too. */
    private void writeFiles(String id, String meta, String body) {
        writeAtomically(dir.resolve(id + ".meta.properties"), meta);
        writeAtomically(dir.resolve(id + ".txt"), body);
    }

    static String meta(String title, LocalDate published, String source, String url) {
        StringBuilder b = new StringBuilder("# Added by talkbot (add, or a feed). The article's id is its file name.\n");
        b.append("title=").append(escape(title)).append('\n');
        b.append("published=").append(published).append('\n');
        b.append("source=").append(escape(source)).append('\n');
        if (!url.isEmpty()) {
            b.append("url=").append(escape(withoutTracking(url))).append('\n');
        }
        return b.toString();
    }

    /** A value as a .properties file reads it back (UTF-8, as the corpus loader reads them). */
    private static String escape(String value) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case ' ' -> b.append(i == 0 ? "\\ " : " ");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static void writeAtomically(Path target, String content) {
        Path tmp = target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // hidden, and ignored by the loader
            }
        }
    }

    /** "US and China agree a framework" → "us-and-china-agree-a-framework" (ASCII, at most 60 characters). */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        String s = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_ID) {
            int cut = s.lastIndexOf('-', MAX_ID);
            s = s.substring(0, cut > MAX_ID / 2 ? cut : MAX_ID);
        }
        return s.isEmpty() ? "article" : s;
    }

    /** The URL less its tracking parameters (utm_…, fbclid …) and fragment, otherwise as it is. */
    static String withoutTracking(String url) {
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null) {
                return url.strip();
            }
            String query = query(u.getRawQuery());
            return u.getScheme() + "://" + u.getRawAuthority() + (u.getRawPath() == null ? "" : u.getRawPath())
                    + (query.isEmpty() ? "" : "?" + query);
        } catch (java.net.URISyntaxException e) {
            return url.strip();
        }
    }

    private static String query(String raw) {
        StringBuilder query = new StringBuilder();
        if (raw != null) {
            for (String part : raw.split("&")) {
                String name = part.split("=", 2)[0].toLowerCase(Locale.ROOT);
                if (!part.isEmpty() && !name.startsWith("utm_") && !TRACKING.contains(name)) {
                    query.append(query.length() == 0 ? "" : "&").append(part);
                }
            }
        }
        return query.toString();
    }

    /** A URL as compared for duplicates: host (less www.) and path (less a trailing slash), and the query less tracking parameters. */
    static String normalizeUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI u = new URI(url.strip());
            if (u.getHost() == null) {
                return "";
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String path = u.getRawPath() == null ? "" : u.getRawPath().replaceAll("/+$", "");
            String query = query(u.getRawQuery());
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (java.net.URISyntaxException e) {
            return url.strip();
        }
    }

    /** The known articles, re-read where a file changed since the last look; gone ones dropped. */
    private Map<String, Known> refresh() {
        Set<String> present = new HashSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, "*.txt")) {
            for (Path text : s) {
                String name = text.getFileName().toString();
                if (name.startsWith(".") || DATA_FILES.contains(name) || !Files.isRegularFile(text)) {
                    continue;
                }
                String id = name.substring(0, name.length() - ".txt".length());
                present.add(id);
                Path meta = dir.resolve(id + ".meta.properties");
                String version = version(text) + "/" + version(meta);
                Known had = known.get(id);
                if (had == null || !had.version().equals(version)) {
                    known.put(id, read(text, meta, version));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        known.keySet().retainAll(present);
        return known;
    }

    private static Known read(Path text, Path meta, String version) {
        String url = "";
        try {
            if (Files.isRegularFile(meta)) {
                Properties p = new Properties();
                try (Reader r = new StringReader(Files.readString(meta, StandardCharsets.UTF_8))) {
                    p.load(r);
                }
                url = normalizeUrl(p.getProperty("url", ""));
            }
        } catch (IOException | IllegalArgumentException e) {
            // a broken meta file: the loader reports it; for duplicates it has no URL
        }
        String body;
        try {
            body = new String(Files.readAllBytes(text), StandardCharsets.UTF_8);
        } catch (IOException e) {
            body = "";
        }
        return new Known(version, url, Shingles.of(body));
    }

    private static String version(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.size() + "@" + a.lastModifiedTime().toMillis() + "#" + a.fileKey();
        } catch (IOException e) {
            return "none";
        }
    }
}
