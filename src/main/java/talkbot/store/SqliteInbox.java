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
 */
final class SqliteInbox implements Inbox {
    private final String platform;
    private final GroupCommit writes;
    private final Connection connection;

    SqliteInbox(String platform, GroupCommit writes, Connection connection) {
        this.platform = platform;
        this.writes = writes;
        this.connection = connection;
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
        return state("record a " + platform + " reply as sending", id, "sending", null, afterCommit);
    }

    @Override
    public CompletableFuture<Void> done(long id, String outcome) {
        return state("record a " + platform + " message as done", id, "done", outcome, null);
    }

    @Override
    public CompletableFuture<Void> release(long id) {
        return state("put a " + platform + " message back", id, "pending", null, null);
    }

    private CompletableFuture<Void> state(String what, long id, String state, String outcome, Runnable afterCommit) {
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
