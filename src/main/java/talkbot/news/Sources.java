package talkbot.news;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what {@code add} is given into a {@link Draft}: a {@code .txt} or {@code .html} file, or an
 * http(s) URL (HTML or plain text, by its Content-Type, or by its first bytes when it names none).
 * Anything else is a {@link Skip} with the outcome to report.
 */
final class Sources {
    /** The input cannot be read as an article; {@link #outcome()} says why. */
    static final class Skip extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Outcome outcome;

        Skip(Outcome.Kind kind, String detail) {
            this(kind, detail, false);
        }

        Skip(Outcome.Kind kind, String detail, boolean passing) {
            super(detail);
            this.outcome = passing ? Outcome.passing(kind, detail) : Outcome.skipped(kind, detail);
        }

        Outcome outcome() {
            return outcome;
        }
    }

    static final String ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8, */*;q=0.1";

    private final Fetcher fetcher;

    Sources(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    Draft read(String input) throws Skip {
        String in = input.strip();
        String lower = in.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return page(new URI(in));
            } catch (URISyntaxException e) {
                throw new Skip(Outcome.Kind.UNREADABLE, "not a valid URL");
            }
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new Skip(Outcome.Kind.UNREADABLE, "not an http(s) URL or a file");
        }
        try {
            return file(Path.of(in));
        } catch (InvalidPathException e) {
            throw new Skip(Outcome.Kind.UNREADABLE, "not a file name");
        }
    }

    Draft file(Path file) throws Skip {
        if (!Files.isRegularFile(file)) {
            throw new Skip(Outcome.Kind.UNREADABLE, Files.exists(file) ? "not a file" : "no such file");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        if (!html && !name.endsWith(".txt")) {
            int dot = name.lastIndexOf('.');
            throw new Skip(Outcome.Kind.NOT_TEXT, "not HTML or text (" + (dot < 0 ? "no extension" : name.substring(dot))
                    + "; add takes .txt, .html and http(s) URLs)");
        }
        try {
            long size = Files.size(file);
            if (size > fetcher.limits().maxBytes()) {
                throw new Skip(Outcome.Kind.TOO_LARGE, "too large: " + size + " bytes, at most "
                        + Fetcher.megabytes(fetcher.limits().maxBytes()));
            }
            byte[] bytes = Files.readAllBytes(file);
            if (html) {
                return HtmlReader.read(Charsets.decode(bytes, Optional.empty(), true), "");
            }
            return TextReader.readFile(file, Charsets.decode(bytes, Optional.empty(), false));
        } catch (IOException e) {
            throw new Skip(Outcome.Kind.UNREADABLE, "cannot read: " + e.getMessage());
        }
    }

    /** Fetches an article page. */
    Draft page(URI url) throws Skip {
        Fetched f;
        try {
            f = fetcher.get(url, null, ACCEPT_PAGE);
        } catch (FetchException e) {
            throw new Skip(switch (e.reason()) {
                case TOO_LARGE -> Outcome.Kind.TOO_LARGE;
                case BAD_URL -> Outcome.Kind.UNREADABLE;
                case UNREACHABLE -> Outcome.Kind.UNREACHABLE;
            }, e.getMessage(), !e.lasting());
        }
        String type = f.mediaType();
        boolean html = type.equals("text/html") || type.equals("application/xhtml+xml");
        if (type.isEmpty()) {
            String head = new String(f.body(), 0, Math.min(f.body().length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
                    .stripLeading().toLowerCase(Locale.ROOT);
            html = head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
            boolean binary = false;
            for (int i = 0; i < Math.min(f.body().length, 1024) && !binary; i++) {
                binary = f.body()[i] == 0;
            }
            type = html ? "text/html" : binary ? "application/octet-stream" : "text/plain";
        }
        if (html) {
            return HtmlReader.read(Charsets.decode(f.body(), f.charset(), true), f.url().toString());
        }
        if (type.equals("text/plain")) {
            return TextReader.read(Charsets.decode(f.body(), f.charset(), false), f.url().toString(), Optional.empty());
        }
        throw new Skip(Outcome.Kind.NOT_TEXT, "not HTML or text (" + type + ")");
    }
}
