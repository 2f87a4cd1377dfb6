package talkbot.news;

import java.util.Objects;

/**
 * What became of one input to {@code talkbot add} or one feed entry: added as article {@code id},
 * or skipped, and why.
 */
public record Outcome(Kind kind, String id, String title, String detail, boolean retry) {

    /** Added, or why not. */
    public enum Kind {
        ADDED,
        /** Already in the corpus: the same URL, or near-identical text. */
        DUPLICATE,
        OFF_TOPIC,
        /** No article text found. */
        EMPTY,
        /** Neither HTML nor plain text. */
        NOT_TEXT,
        TOO_LARGE,
        /** Network error, timeout, HTTP error or too many redirects. */
        UNREACHABLE,
        /** A missing or unreadable file, or an input that is neither a file nor an http(s) URL. */
        UNREADABLE
    }

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        id = id == null ? "" : id;
        title = title == null ? "" : title;
        Objects.requireNonNull(detail, "detail");
    }

    static Outcome added(String id, String title) {
        return new Outcome(Kind.ADDED, id, title, "added", false);
    }

    static Outcome skipped(Kind kind, String detail) {
        return new Outcome(kind, "", "", detail, false);
    }

    /** Skipped for a reason that may pass (a network error, a timeout, a 5xx): worth trying again later. */
    static Outcome passing(Kind kind, String detail) {
        return new Outcome(kind, "", "", detail, true);
    }

    /** Added, or already there: what {@code add} counts as success. */
    public boolean ok() {
        return kind == Kind.ADDED || kind == Kind.DUPLICATE;
    }

    /** Whether trying the same input again later could end otherwise (a feed entry is then not marked as done). */
    public boolean passing() {
        return retry;
    }

    /** One line for people: "added ID: TITLE", or "skipped INPUT: why". */
    public String line(String input) {
        return kind == Kind.ADDED ? "added " + id + ": " + title : "skipped " + input + ": " + detail;
    }
}
