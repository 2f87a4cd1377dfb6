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
import java.util.function.BooleanSupplier;

/**
 * One platform's inbox in the SQLite file (table {@code inbox}, see {@link SqliteStore}). Every
 * write goes through the store's {@link GroupCommit}, so that the writes of many requests and
 * workers share commits.
 *
 * <p>While a message is {@code sending}, its {@code outcome} column says how far the request
 * under way got: {@code "held I/N BOOT"} (request I of N recorded, in a commit synced to the disk,
 * its last byte not written; BOOT is this boot of the machine, left out when it cannot be told),
 * {@code "released I/N"} (noted, in a commit that is not synced, just before the last byte) and
 * {@code "written I/N"} (noted the same way just after it). A commit that is not synced is lost
 * only with the machine's memory, never with the process (the operating system holds the write),
 * so a process that starts on the same boot reads every note a killed one made: a message still
 * held then was never complete on the wire, one released may or may not have been, one written
 * was. After a reboot a note may be missing, so a held message counts as uncertain there. A
 * {@code pending} message's outcome is null, or {@code "from I"} when requests before I went out.
 * Rows from builds before these marks ({@code sending} with no such outcome) count as uncertain.
 */
final class SqliteInbox implements Inbox {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SqliteInbox.class);

    private final String platform;
    private final GroupCommit writes;
    private final Connection connection;
    /** This boot of the machine; null when the boot cannot be told apart. */
    private final String bootId;

    SqliteInbox(String platform, GroupCommit writes, Connection connection, String bootId) {
        this.platform = platform;
        this.writes = writes;
        this.connection = connection;
        this.bootId = bootId;
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
    public CompletableFuture<Void> sending(long id, Part part, BooleanSupplier lastByte) {
        String what = "record a " + platform + " reply as sending";
        if (lastByte == null) {
            // the caller sends once this returns: from here on there is no telling whether it went out
            return state(what, id, "sending", SendMarks.released(part), null);
        }
        String held = SendMarks.held(part, bootId);
        return state(what, id, "sending", held, () -> {
            note(id, SendMarks.released(part));
            if (lastByte.getAsBoolean()) {
                try {
                    note(id, SendMarks.written(part));
                } catch (SQLException e) {
                    // the request is out; only a crash before the next note would make it look uncertain
                    LOG.warn("store: cannot note a {} reply as written ({}); it went out", platform, e.getMessage());
                }
            }
        });
    }

    /** Notes how far a send got, in a commit that survives the process at once (see {@link GroupCommit#commitUnsynced}). */
    private void note(long id, String outcome) throws SQLException {
        writes.commitUnsynced(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE inbox SET outcome = ? WHERE id = ? AND platform = ? AND state = 'sending'")) {
                ps.setString(1, outcome);
                ps.setLong(2, id);
                ps.setString(3, platform);
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Recovery recover() {
        return join(writes.submit("sort the " + platform + " replies left mid-send", () -> {
            List<Long> ids = new ArrayList<>();
            List<String> outcomes = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT id, outcome FROM inbox WHERE platform = ? AND state = 'sending' ORDER BY id")) {
                ps.setString(1, platform);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        outcomes.add(rs.getString(2));
                    }
                }
            }
            SendMarks.Tally tally = new SendMarks.Tally();
            String now = Instant.now().toString();
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE inbox SET state = ?, outcome = ?, updated_at = ? WHERE id = ? AND platform = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    SendMarks.Verdict v = SendMarks.sort(outcomes.get(i), bootId);
                    tally.add(v);
                    ps.setString(1, v.state());
                    ps.setString(2, v.outcome());
                    ps.setString(3, now);
                    ps.setLong(4, ids.get(i));
                    ps.setString(5, platform);
                    ps.executeUpdate();
                }
            }
            return tally.recovery();
        }));
    }

    @Override
    public CompletableFuture<Void> done(long id, String outcome) {
        return state("record a " + platform + " message as done", id, "done", outcome, null);
    }

    @Override
    public CompletableFuture<Void> release(long id, int from) {
        if (from < 0) {
            throw new IllegalArgumentException("no request " + from);
        }
        return state("put a " + platform + " message back", id, "pending", SendMarks.from(from), null);
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
                    "SELECT id, chat, payload, outcome FROM inbox WHERE platform = ? AND state = ? ORDER BY id")) {
                ps.setString(1, platform);
                ps.setString(2, state);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Item(rs.getLong(1), rs.getString(2), rs.getString(3),
                                state.equals("pending") ? SendMarks.fromOf(rs.getString(4)) : 0));
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
