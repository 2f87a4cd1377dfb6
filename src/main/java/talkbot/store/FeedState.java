package talkbot.store;

import java.net.URI;
import java.time.Instant;

/**
 * What the feed poller remembers between polls and restarts: each feed's validators for a
 * conditional GET, and the entries it has dealt with for good (added, or skipped for a reason that
 * will not change), so that they are not fetched again. Entries that failed for a passing reason
 * (unreachable) are not marked and are tried at the next poll. Thread-safe.
 */
public interface FeedState extends AutoCloseable {

    /** A feed's ETag and Last-Modified as the server last sent them; either may be null. */
    record Validators(String etag, String lastModified) {
        public static final Validators NONE = new Validators(null, null);
    }

    Validators validators(URI feed);

    void saveValidators(URI feed, Validators validators, Instant at);

    /** Whether the entry (its id, or its link) of this feed was dealt with for good. */
    boolean seen(URI feed, String entry);

    /** Remembers the entry as dealt with, and how ("added ID", "off topic" …). */
    void markSeen(URI feed, String entry, String outcome, Instant at);

    /** Forgets entries marked before {@code before}: feeds carry recent entries only. */
    void forgetBefore(Instant before);

    @Override
    void close();
}
