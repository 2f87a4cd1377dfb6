package talkbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * One platform's inbox in the SQLite file (table {@code inbox}, see {@link SqliteStore}). Every
 * write goes through the store's {@link GroupCommit}, so that the writes of many requests and
 * workers share commits.
 *
 * <p>While a message is {@code sending}, its {@code outcome} column says whether its request can
 * have reached the platform: {@value #RELEASED} once it may have (and for a record made without a
 * gate, or by a build before this one: no value at all counts the same), or {@code "held <boot
 * id>"} while the request still waits for its last byte. A gated send is recorded as held, in a
 * commit synced to the disk; when that commit returns, a second commit, not synced, notes it
 * released; only then does the last byte go. A process killed at any point before that note
 * leaves the message held: its request never completed, and the next start on the same boot of
 * the machine (nothing the process wrote was lost with it) answers it again ({@link
 * #reclaimUnsent}). After a reboot the note may have been lost with the machine's memory, so a
 * held message counts as released, as one that may have gone out.
 */
final class SqliteInbox implements Inbox {
    /** The outcome of a message whose answer may have reached the platform. */
    static final String RELEASED = "released";

    private final String platform;
    private final GroupCommit writes;
    private final Connection connection;
    /** The outcome of a held message in this boot of the machine; null when the boot cannot be told apart. */
    private final String held;

    SqliteInbox(String platform, GroupCommit writes, Connection connection, String bootId) {
        this.platform = platform;
        this.writes = writes;
        this.connection = connection;
        this.held = bootId == null ? null : "held " + bootId;
    }

    @Override
    public CompletableFuture<List<Item>> accept(List<Arrival> arrivals, Mark mark) {
        List<Arrival> copy = List.copyOf(arrivals);
        return writes.submit("take in " + copy.size() + " " + platform + " message(s)", () -> {
            List<Item> added = new ArrayList<>();
            String now = Instant.now().toString();
            try (PreparedStatement ps = connection.prepareStatement(
                    "INSERT OR IGNORE INTO inbox (platform, key, chat, payload, state, received_at, updated_at)"
                            + " VALUES (?, ?, ?, ?, 'pending', ?, ?)")) {
                for (Arrival a : copy) {
                    ps.setString(1, platform);
                    ps.setString(2, a.key());
                    ps.setString(3, a.chat());
                    ps.setString(4, a.payload());
                    ps.setString(5, now);
                    ps.setString(6, now);
                    if (ps.executeUpdate() > 0) {
                        added.add(new Item(lastRowId(), a.chat(), a.payload()));
                    }
                }
            }
            if (mark != null) {
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO cursor (name, value) VALUES (?, ?)"
                        + " ON CONFLICT(name) DO UPDATE SET value = excluded.value")) {
                    ps.setString(1, mark.name());
                    ps.setLong(2, mark.value());
                    ps.executeUpdate();
                }
            }
            return added;
        });
    }

    @Override
    public CompletableFuture<Void> sending(long id, Runnable afterCommit) {
        String what = "record a " + platform + " reply as sending";
        if (afterCommit == null || held == null) {
            // no gate, or no telling a restart from a reboot: from the record on, it may have gone out
            return state(what, id, "sending", RELEASED, afterCommit == null ? null : afterCommit::run);
        }
        return writes.submit(what, () -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE inbox SET state = 'sending',"
                    // a reply in several requests: once one may have gone out, the message stays released
                    + " outcome = CASE WHEN state = 'sending' AND (outcome IS NULL OR outcome = ?) THEN ? ELSE ? END,"
                    + " updated_at = ? WHERE id = ? AND platform = ?")) {
                ps.setString(1, RELEASED);
                ps.setString(2, RELEASED);
                ps.setString(3, held);
                ps.setString(4, Instant.now().toString());
                ps.setLong(5, id);
                ps.setString(6, platform);
                ps.executeUpdate();
            }
            return null;
        }, () -> {
            writes.commitUnsynced(() -> {
                try (PreparedStatement ps = connection.prepareStatement(
                        "UPDATE inbox SET outcome = ? WHERE id = ? AND platform = ? AND state = 'sending'")) {
                    ps.setString(1, RELEASED);
                    ps.setLong(2, id);
                    ps.setString(3, platform);
                    ps.executeUpdate();
                }
                return null;
            });
            afterCommit.run(); // nothing between the note and the last byte
        });
    }

    @Override
    public int reclaimUnsent() {
        if (held == null) {
            return 0;
        }
        return join(writes.submit("put back " + platform + " replies whose requests never completed", () -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE inbox SET state = 'pending', outcome = NULL,"
                    + " updated_at = ? WHERE platform = ? AND state = 'sending' AND outcome = ?")) {
                ps.setString(1, Instant.now().toString());
                ps.setString(2, platform);
                ps.setString(3, held);
                return ps.executeUpdate();
            }
        }));
    }

    @Override
    public CompletableFuture<Void> done(long id, String outcome) {
        return state("record a " + platform + " message as done", id, "done", outcome, null);
    }

    @Override
    public CompletableFuture<Void> release(long id) {
        return state("put a " + platform + " message back", id, "pending", null, null);
    }

    private CompletableFuture<Void> state(String what, long id, String state, String outcome,
            GroupCommit.AfterCommit afterCommit) {
        return writes.submit(what, () -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE inbox SET state = ?, outcome = ?, updated_at = ? WHERE id = ? AND platform = ?")) {
                ps.setString(1, state);
                ps.setString(2, outcome);
                ps.setString(3, Instant.now().toString());
                ps.setLong(4, id);
                ps.setString(5, platform);
                ps.executeUpdate();
            }
            return null;
        }, afterCommit);
    }

    @Override
    public List<Item> pending() {
        return select("pending");
    }

    @Override
    public List<Item> interrupted() {
        return select("sending");
    }

    private List<Item> select(String state) {
        CompletableFuture<List<Item>> read = writes.submit("read the " + platform + " inbox", () -> {
            List<Item> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, chat, payload FROM inbox WHERE platform = ? AND state = ? ORDER BY id")) {
                ps.setString(1, platform);
                ps.setString(2, state);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            return out;
        });
        return join(read);
    }

    private long lastRowId() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT last_insert_rowid()");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException(String.valueOf(e.getCause()), e.getCause());
        }
    }
}
