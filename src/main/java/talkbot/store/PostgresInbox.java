package talkbot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One platform's inbox in PostgreSQL, shared by every replica (table {@code inbox}). Each message
 * has an owner, the replica answering it, whose hold (a lease, renewed by {@link PostgresStore}
 * while the process lives) lapses when it dies; then another replica claims it with
 * {@code FOR UPDATE SKIP LOCKED}, so that two never do. A new message is held by the replica that
 * took it in, unless its chat still has an unfinished message of another replica's (or one waiting):
 * then it waits, unowned, until its chat's earlier messages are done, and is claimed by whichever
 * replica asks first. So each message is answered once and each chat in order.
 */
final class PostgresInbox implements Inbox {
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
        return async(() -> {
            store.update(what, "UPDATE inbox SET state = ?, outcome = ?, updated_at = now() WHERE id = ? AND platform = ?",
                    state, outcome, id, platform);
            if (afterCommit != null) {
                afterCommit.run();
            }
            return null;
        });
    }

    @Override
    public List<Item> pending() {
        return claim("pending");
    }

    @Override
    public List<Item> interrupted() {
        return claim("sending");
    }

    /**
     * Claims the messages in {@code state} that no live replica holds, oldest first; a pending one
     * only when no live replica still holds an earlier message of its chat.
     */
    private List<Item> claim(String state) {
        String waitForChat = state.equals("pending")
                ? " AND NOT EXISTS (SELECT 1 FROM inbox o WHERE o.platform = i.platform AND o.chat = i.chat"
                        + " AND o.id < i.id AND o.state <> 'done' AND o.owner IS NOT NULL AND o.owner <> ?"
                        + " AND o.lease_until >= now())"
                : "";
        String sql = "UPDATE inbox SET owner = ?, lease_until = now() + make_interval(secs => ?), updated_at = now()"
                + " WHERE id IN (SELECT i.id FROM inbox i WHERE i.platform = ? AND i.state = ?"
                + " AND (i.owner IS NULL OR i.lease_until < now())" + waitForChat
                + " ORDER BY i.id LIMIT " + CLAIM_BATCH + " FOR UPDATE SKIP LOCKED)"
                + " RETURNING id, chat, payload";
        List<Object> args = new ArrayList<>(List.of(store.replica(), (double) PostgresStore.LEASE.toSeconds(), platform, state));
        if (!waitForChat.isEmpty()) {
            args.add(store.replica());
        }
        List<Item> items = new ArrayList<>(store.query("claim " + platform + " messages", sql, args,
                rs -> new Item(rs.getLong(1), rs.getString(2), rs.getString(3))));
        items.sort(java.util.Comparator.comparingLong(Item::id));
        return items;
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
