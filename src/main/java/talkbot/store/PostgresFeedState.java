package talkbot.store;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The feed poller's state in the shared store (tables {@code feed} and {@code feed_entry}), so
 * that whichever replica polls next goes on from where the last one stopped. Closed with the store.
 */
final class PostgresFeedState implements FeedState {
    private final PostgresStore store;

    PostgresFeedState(PostgresStore store) {
        this.store = store;
    }

    @Override
    public Validators validators(URI feed) {
        List<Validators> rows = store.query("read the validators of a feed",
                "SELECT etag, last_modified FROM feed WHERE url = ?", List.of(feed.toString()),
                rs -> new Validators(rs.getString(1), rs.getString(2)));
        return rows.isEmpty() ? Validators.NONE : rows.get(0);
    }

    @Override
    public void saveValidators(URI feed, Validators v, Instant at) {
        store.update("save the validators of a feed", "INSERT INTO feed (url, etag, last_modified, checked_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET etag = excluded.etag,"
                + " last_modified = excluded.last_modified, checked_at = excluded.checked_at",
                feed.toString(), v.etag(), v.lastModified(), Timestamp.from(at));
    }

    @Override
    public boolean seen(URI feed, String entry) {
        return !store.query("read the entries of a feed", "SELECT 1 FROM feed_entry WHERE feed = ? AND entry = ?",
                List.of(feed.toString(), entry), rs -> 1).isEmpty();
    }

    @Override
    public void markSeen(URI feed, String entry, String outcome, Instant at) {
        store.update("remember an entry of a feed", "INSERT INTO feed_entry (feed, entry, outcome, seen_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (feed, entry) DO UPDATE SET outcome = excluded.outcome,"
                + " seen_at = excluded.seen_at", feed.toString(), entry, outcome, Timestamp.from(at));
    }

    @Override
    public void forgetBefore(Instant before) {
        store.update("forget old entries", "DELETE FROM feed_entry WHERE seen_at < ?", Timestamp.from(before));
    }

    /** The store closes the connections. */
    @Override
    public void close() {
        // nothing of its own to close
    }
}
