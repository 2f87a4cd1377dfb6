package talkbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One platform's inbox in PostgreSQL, shared by every replica (table {@code inbox}). Each message
 * has an owner, the replica answering it, whose hold (a lease, renewed by {@link PostgresStore}
 * while the process lives) lapses when it dies; then another replica claims it with
 * {@code FOR UPDATE SKIP LOCKED}, so that two never do. A new message is held by the replica that
 * took it in, unless its chat still has an unfinished message of another replica's (or one waiting):
 * then it waits, unowned, until its chat's earlier messages are done, and is claimed by whichever
 * replica asks first. So each message is answered once and each chat in order.
 *
 * <p>A send is noted as in the embedded inbox (see {@link SendMarks}): <em>held</em> in a commit
 * the server has on disk, <em>released</em> and <em>written</em> in commits it acknowledges before
 * writing them to disk ({@code synchronous_commit = off}: lost only if the database server
 * crashes within a fraction of a second, never with the bot). The held note names the server's
 * run (its start time), so that a replica sorting a dead one's messages trusts a missing release
 * note only when the server has not restarted since.
 */
final class PostgresInbox implements Inbox {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresInbox.class);
    private static final int CLAIM_BATCH = 500;

    private final String platform;
    private final PostgresStore store;

    PostgresInbox(String platform, PostgresStore store) {
        this.platform = platform;
        this.store = store;
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public CompletableFuture<List<Item>> accept(List<Arrival> arrivals, Mark mark) {
        List<Arrival> copy = List.copyOf(arrivals);
        return async(() -> store.transaction("take in " + copy.size() + " " + platform + " message(s)", c -> {
            // two replicas taking in messages of one chat at once: one waits for the other
            for (String chat : new TreeSet<>(copy.stream().map(Arrival::chat).toList())) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")) {
                    ps.setString(1, "inbox:" + platform + ":" + chat);
                    ps.executeQuery().close();
                }
            }
            List<Item> mine = new ArrayList<>();
            for (Arrival a : copy) {
                boolean free = !exists(c, "SELECT 1 FROM inbox WHERE platform = ? AND chat = ? AND state <> 'done'"
                        + " AND owner IS DISTINCT FROM ? LIMIT 1", a.chat());
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO inbox (platform, key, chat, payload, state,"
                        + " owner, lease_until) VALUES (?, ?, ?, ?, 'pending', ?,"
                        + " CASE WHEN ? THEN now() + make_interval(secs => ?) END)"
                        + " ON CONFLICT (platform, key) DO NOTHING RETURNING id")) {
                    ps.setString(1, platform);
                    ps.setString(2, a.key());
                    ps.setString(3, a.chat());
                    ps.setString(4, a.payload());
                    ps.setString(5, free ? store.replica() : null);
                    ps.setBoolean(6, free);
                    ps.setDouble(7, PostgresStore.LEASE.toSeconds());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next() && free) {
                            mine.add(new Item(rs.getLong(1), a.chat(), a.payload()));
                        }
                    }
                }
            }
            if (mark != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO cursor (name, value) VALUES (?, ?)"
                        + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
                    ps.setString(1, mark.name());
                    ps.setLong(2, mark.value());
                    ps.executeUpdate();
                }
            }
            return mine;
        }));
    }

    private boolean exists(Connection c, String sql, String chat) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, platform);
            ps.setString(2, chat);
            ps.setString(3, store.replica());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public CompletableFuture<Void> sending(long id, Part part, BooleanSupplier lastByte) {
        String what = "record a " + platform + " reply as sending";
        if (lastByte == null) {
            // the caller sends once this returns: from here on there is no telling whether it went out
            return state(what, id, "sending", SendMarks.released(part));
        }
        return async(() -> store.connection(what, c -> {
            inTransaction(c, true, () -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE inbox SET state = 'sending', outcome = ? || ' '"
                        + " || " + store.bootSql() + ", updated_at = now() WHERE id = ? AND platform = ?")) {
                    ps.setString(1, SendMarks.held(part, null));
                    ps.setLong(2, id);
                    ps.setString(3, platform);
                    ps.executeUpdate();
                }
            });
            note(c, id, SendMarks.released(part));
            if (lastByte.getAsBoolean()) {
                try {
                    note(c, id, SendMarks.written(part));
                } catch (SQLException e) {
                    // the request is out; only a replica sorting it before the next note would count it uncertain
                    LOG.warn("store: cannot note a {} reply as written ({}); it went out", platform,
                            PostgresStore.oneLine(e));
                }
            }
            return null;
        }));
    }

    /** Notes how far a send got, in a commit the server acknowledges before it is on its disk. */
    private void note(Connection c, long id, String outcome) throws SQLException {
        inTransaction(c, false, () -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE inbox SET outcome = ? WHERE id = ? AND platform = ? AND state = 'sending'")) {
                ps.setString(1, outcome);
                ps.setLong(2, id);
                ps.setString(3, platform);
                ps.executeUpdate();
            }
        });
    }

    private interface Step {
        void run() throws SQLException;
    }

    /** One transaction on {@code c}; not {@code synced}: the server acknowledges its commit before it is on disk. */
    private static void inTransaction(Connection c, boolean synced, Step step) throws SQLException {
        PostgresStore.inTransaction(c, conn -> {
            if (!synced) {
                try (Statement s = conn.createStatement()) {
                    s.execute("SET LOCAL synchronous_commit = off");
                }
            }
            step.run();
            return null;
        });
    }

    /**
     * Sorts the messages left {@code sending} that no live replica holds (a stopped one's, once its
     * lease lapsed or it let go): those to answer again become pending and unowned, for
     * {@link #pending()} to hand out in their chat's order; the others done.
     */
    @Override
    public Recovery recover() {
        return store.transaction("sort the " + platform + " replies left mid-send", c -> {
            String boot = PostgresStore.read(c, "SELECT " + store.bootSql(), List.of(), rs -> rs.getString(1)).get(0);
            List<Long> ids = new ArrayList<>();
            List<String> outcomes = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, outcome FROM inbox WHERE platform = ?"
                    + " AND state = 'sending' AND (owner IS NULL OR (lease_until < now() AND owner <> ?))"
                    + " ORDER BY id FOR UPDATE SKIP LOCKED")) {
                ps.setString(1, platform);
                ps.setString(2, store.replica()); // never this replica's own sends under way
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                        outcomes.add(rs.getString(2));
                    }
                }
            }
            SendMarks.Tally tally = new SendMarks.Tally();
            try (PreparedStatement ps = c.prepareStatement("UPDATE inbox SET state = ?, outcome = ?, owner = NULL,"
                    + " lease_until = NULL, updated_at = now() WHERE id = ?")) {
                for (int i = 0; i < ids.size(); i++) {
                    SendMarks.Verdict v = SendMarks.sort(outcomes.get(i), boot);
                    tally.add(v);
                    ps.setString(1, v.state());
                    ps.setString(2, v.outcome());
                    ps.setLong(3, ids.get(i));
                    ps.executeUpdate();
                }
            }
            return tally.recovery();
        });
    }

    @Override
    public CompletableFuture<Void> done(long id, String outcome) {
        return state("record a " + platform + " message as done", id, "done", outcome);
    }

    @Override
    public CompletableFuture<Void> release(long id, int from) {
        if (from < 0) {
            throw new IllegalArgumentException("no request " + from);
        }
        return state("put a " + platform + " message back", id, "pending", SendMarks.from(from));
    }

    private CompletableFuture<Void> state(String what, long id, String state, String outcome) {
        return async(() -> {
            store.update(what, "UPDATE inbox SET state = ?, outcome = ?, updated_at = now() WHERE id = ? AND platform = ?",
                    state, outcome, id, platform);
            return null;
        });
    }

    /**
     * Claims the pending messages that no live replica holds, oldest first; one only when every
     * earlier unfinished message of its chat is this replica's or claimed with it (so that a chat is
     * answered in order, by one replica at a time). Candidates are locked first ({@code FOR UPDATE
     * SKIP LOCKED}); an earlier message another replica is claiming at the same moment is locked
     * by it, so it holds the later ones back until the next round.
     */
    @Override
    public List<Item> pending() {
        return store.transaction("claim " + platform + " messages", c -> {
            List<Item> candidates = PostgresStore.read(c, "SELECT id, chat, payload, outcome FROM inbox"
                    + " WHERE platform = ? AND state = 'pending' AND (owner IS NULL OR (lease_until < now() AND owner <> ?))"
                    + " ORDER BY id LIMIT " + CLAIM_BATCH + " FOR UPDATE SKIP LOCKED",
                    List.of(platform, store.replica()),
                    rs -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3), SendMarks.fromOf(rs.getString(4))));
            if (candidates.isEmpty()) {
                return List.<Item>of();
            }
            Set<Long> locked = new HashSet<>();
            candidates.forEach(i -> locked.add(i.id()));
            // every unfinished message of these chats that is not this replica's, oldest first
            Map<String, List<Long>> others = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, chat FROM inbox WHERE platform = ?"
                    + " AND chat = ANY (?) AND state <> 'done' AND (owner IS DISTINCT FROM ? OR lease_until < now())"
                    + " ORDER BY id")) {
                ps.setString(1, platform);
                ps.setArray(2, c.createArrayOf("text", candidates.stream().map(Item::chat).distinct().toArray()));
                ps.setString(3, store.replica());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        others.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getLong(1));
                    }
                }
            }
            Set<Long> claimable = new HashSet<>();
            for (List<Long> chat : others.values()) {
                for (long id : chat) {
                    if (!locked.contains(id)) {
                        break; // another replica's, or one being claimed by another: the rest wait
                    }
                    claimable.add(id);
                }
            }
            List<Item> claimed = candidates.stream().filter(i -> claimable.contains(i.id())).toList();
            if (!claimed.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE inbox SET owner = ?,"
                        + " lease_until = now() + make_interval(secs => ?), updated_at = now() WHERE id = ANY (?)")) {
                    ps.setString(1, store.replica());
                    ps.setDouble(2, PostgresStore.LEASE.toSeconds());
                    ps.setArray(3, c.createArrayOf("bigint", claimed.stream().map(Item::id).toArray()));
                    ps.executeUpdate();
                }
            }
            return claimed;
        });
    }

    /** The messages in the {@code sending} state that no other live replica holds, oldest first (see {@link #recover()}). */
    @Override
    public List<Item> interrupted() {
        return store.query("read the " + platform + " inbox", "SELECT id, chat, payload FROM inbox WHERE platform = ?"
                + " AND state = 'sending' AND (owner IS NULL OR lease_until < now() OR owner = ?) ORDER BY id",
                List.of(platform, store.replica()), rs -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    private <T> CompletableFuture<T> async(java.util.function.Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, store.inboxWrites());
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new StoreException("the store is closed", e));
        }
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
