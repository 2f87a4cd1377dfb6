package talkbot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.model.ChatRef;

/**
 * The shared store: PostgreSQL, for several replicas of the bot. A pool of connections (HikariCP),
 * the schema versioned by Flyway ({@code db/postgresql/V*.sql}, run at open; concurrent starts wait
 * for each other). Every claim is one statement that only one caller can win: the daily post by
 * {@code INSERT ... ON CONFLICT DO NOTHING}, a key by its primary key, inbox messages by
 * {@code FOR UPDATE SKIP LOCKED} with a lease that this process renews while it lives (see
 * {@link PostgresInbox}), the Telegram poller by a session-level advisory lock.
 */
public final class PostgresStore implements Store {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresStore.class);
    /** How long a replica's hold on an inbox message lasts unless renewed: past it, another replica takes it. */
    static final Duration LEASE = Duration.ofSeconds(20);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(5);
    static final Duration KEEP_DONE = Duration.ofDays(7);

    /** The server's run as the inbox's held notes name it (see {@link PostgresInbox}). */
    private static final String SERVER_RUN =
            "to_char(pg_postmaster_start_time() AT TIME ZONE 'UTC', 'YYYYMMDD\"T\"HH24MISS.US')";

    private final DatabaseConfig config;
    private final HikariDataSource pool;
    private final String replica;
    private final ExecutorService inboxWrites;
    private final ScheduledExecutorService renewals;
    /** Stands in for the server's run in tests of a restarted server; null: the server's own. */
    private final String run;
    private final Feedback feedback = new PostgresFeedback(this);
    private final FeedState feedState = new PostgresFeedState(this);
    private final Articles articles = new PostgresArticles(this);

    private PostgresStore(DatabaseConfig config, HikariDataSource pool, String run) {
        this.config = config;
        this.pool = pool;
        this.run = run;
        this.replica = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.inboxWrites = Executors.newFixedThreadPool(8, daemon("store-inbox"));
        this.renewals = Executors.newSingleThreadScheduledExecutor(daemon("store-lease"));
        renewals.scheduleWithFixedDelay(this::renewLeases, RENEW_EVERY.toMillis(), RENEW_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Connects, brings the schema up to date and opens the pool.
     *
     * @throws StoreException naming the database (never the password) and what went wrong, in one line
     */
    public static PostgresStore open(DatabaseConfig config) {
        return open(config, null);
    }

    /** The same, as if the database server's run were {@code run} (null: its own); for tests of a server restart. */
    static PostgresStore open(DatabaseConfig config, String run) {
        // one plain connection first: a wrong address or password is said in one line, before any pool exists
        try (Connection c = connect(config)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + config.where() + ": " + oneLine(e), e);
        }
        HikariConfig h = new HikariConfig();
        h.setJdbcUrl(config.url());
        h.setUsername(config.user());
        h.setPassword(config.password());
        h.setPoolName("talkbot-store");
        h.setMaximumPoolSize(10);
        h.setMinimumIdle(2);
        h.setConnectionTimeout(5_000);
        h.setInitializationFailTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(h);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open a pool of connections to " + config.where() + ": " + oneLine(e), e);
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/postgresql")
                    .table("talkbot_schema_history")
                    .baselineOnMigrate(false)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw new StoreException("cannot bring the schema of " + config.where() + " up to date: " + oneLine(e), e);
        }
        PostgresStore store = new PostgresStore(config, pool, run);
        store.forgetOld();
        LOG.info("store: PostgreSQL at {} (replica {})", config.where(), store.replica);
        return store;
    }

    static Connection connect(DatabaseConfig config) throws SQLException {
        Properties p = new Properties();
        if (config.user() != null) {
            p.setProperty("user", config.user());
        }
        if (config.password() != null) {
            p.setProperty("password", config.password());
        }
        p.setProperty("connectTimeout", "10");
        p.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(config.url(), p);
    }

    static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = String.valueOf(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
        return m.replaceAll("\\s+", " ").strip();
    }

    /** This process's name in the inbox's owner column. */
    String replica() {
        return replica;
    }

    @Override
    public String describe() {
        return "PostgreSQL at " + config.where();
    }

    @Override
    public boolean shared() {
        return true;
    }

    @Override
    public Optional<String> problem() {
        try (Connection c = pool.getConnection()) {
            return c.isValid(2) ? Optional.empty() : Optional.of(describe() + " does not answer");
        } catch (SQLException | RuntimeException e) {
            return Optional.of(describe() + " cannot be reached: " + oneLine(e));
        }
    }

    @Override
    public Feedback feedback() {
        return feedback;
    }

    @Override
    public FeedState feedState() {
        return feedState;
    }

    @Override
    public Optional<Articles> articles() {
        return Optional.of(articles);
    }

    /** SQL for the database server's run: its start time, or the test's stand-in. */
    String bootSql() {
        return run == null ? SERVER_RUN : "'" + run.replace("'", "''") + "'";
    }

    // --- subscriptions ---

    @Override
    public boolean subscribe(ChatRef chat) {
        return update("subscribe", "INSERT INTO subscription (platform, chat_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                chat.platform(), chat.chatId()) > 0;
    }

    @Override
    public boolean unsubscribe(ChatRef chat) {
        return update("unsubscribe", "DELETE FROM subscription WHERE platform = ? AND chat_id = ?",
                chat.platform(), chat.chatId()) > 0;
    }

    @Override
    public List<ChatRef> subscriptions() {
        return query("list subscriptions", "SELECT platform, chat_id FROM subscription ORDER BY seq", List.of(),
                rs -> new ChatRef(rs.getString(1), rs.getString(2)));
    }

    // --- the daily posts ---

    @Override
    public boolean claimPost(ChatRef chat, LocalDate day, Instant at) {
        return update("claim post", "INSERT INTO post (platform, chat_id, day, posted_at, articles, state)"
                + " VALUES (?, ?, ?, ?, '', 'claimed') ON CONFLICT DO NOTHING",
                chat.platform(), chat.chatId(), day, Timestamp.from(at)) > 0;
    }

    @Override
    public void releasePost(ChatRef chat, LocalDate day) {
        update("release post", "DELETE FROM post WHERE platform = ? AND chat_id = ? AND day = ? AND state = 'claimed'",
                chat.platform(), chat.chatId(), day);
    }

    @Override
    public void recordPost(ChatRef chat, LocalDate day, Instant at, Set<String> articleIds) {
        update("record post", "INSERT INTO post (platform, chat_id, day, posted_at, articles, state)"
                + " VALUES (?, ?, ?, ?, ?, 'sent') ON CONFLICT (platform, chat_id, day) DO UPDATE SET"
                + " posted_at = excluded.posted_at, articles = excluded.articles, state = 'sent'",
                chat.platform(), chat.chatId(), day, Timestamp.from(at), String.join("\n", new TreeSet<>(articleIds)));
    }

    @Override
    public boolean posted(ChatRef chat, LocalDate day) {
        return !query("read posts", "SELECT 1 FROM post WHERE platform = ? AND chat_id = ? AND day = ? AND state = 'sent'",
                List.of(chat.platform(), chat.chatId(), day), rs -> 1).isEmpty();
    }

    @Override
    public Optional<Set<String>> articlesInLastPost(ChatRef chat) {
        List<String> rows = query("read posts", "SELECT articles FROM post WHERE platform = ? AND chat_id = ?"
                + " AND state = 'sent' ORDER BY day DESC, posted_at DESC LIMIT 1",
                List.of(chat.platform(), chat.chatId()), rs -> rs.getString(1));
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        String articles = rows.get(0);
        return Optional.of(articles.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(articles.split("\n"))));
    }

    // --- keys, cursors, rates ---

    @Override
    public boolean firstSighting(String scope, String key) {
        return update("remember " + scope, "INSERT INTO seen (scope, key) VALUES (?, ?) ON CONFLICT DO NOTHING",
                scope, key) > 0;
    }

    @Override
    public OptionalLong cursor(String name) {
        List<Long> rows = query("read cursor", "SELECT value FROM cursor WHERE name = ?", List.of(name), rs -> rs.getLong(1));
        return rows.isEmpty() ? OptionalLong.empty() : OptionalLong.of(rows.get(0));
    }

    @Override
    public void saveCursor(String name, long value) {
        update("save cursor", "INSERT INTO cursor (name, value) VALUES (?, ?)"
                + " ON CONFLICT (name) DO UPDATE SET value = excluded.value", name, value);
    }

    @Override
    public boolean countHit(String key, Instant window, int limit) {
        return !query("count a question", "INSERT INTO rate (key, window_start, hits) VALUES (?, ?, 1)"
                + " ON CONFLICT (key, window_start) DO UPDATE SET hits = rate.hits + 1 WHERE rate.hits < ?"
                + " RETURNING hits", List.of(key, Timestamp.from(window), limit), rs -> 1).isEmpty();
    }

    // --- inbox and leadership ---

    @Override
    public Inbox inbox(String platform) {
        return new PostgresInbox(platform, this);
    }

    @Override
    public Optional<Lead> tryLead(String name) {
        return AdvisoryLead.tryTake(config, name);
    }

    ExecutorService inboxWrites() {
        return inboxWrites;
    }

    private void renewLeases() {
        try {
            update("renew leases", "UPDATE inbox SET lease_until = now() + make_interval(secs => ?)"
                    + " WHERE owner = ? AND state <> 'done'", (double) LEASE.toSeconds(), replica);
        } catch (StoreException e) {
            LOG.warn("store: cannot renew this replica's hold on its messages: {}", e.getMessage());
        }
    }

    private void forgetOld() {
        try {
            update("forget old rows", "DELETE FROM inbox WHERE state = 'done' AND updated_at < now() - make_interval(days => ?)",
                    (int) KEEP_DONE.toDays());
            update("forget old rows", "DELETE FROM seen WHERE seen_at < now() - make_interval(days => ?)",
                    (int) KEEP_DONE.toDays());
            update("forget old rows", "DELETE FROM rate WHERE window_start < now() - interval '1 hour'");
        } catch (StoreException e) {
            LOG.warn("store: {}", e.getMessage());
        }
    }

    /**
     * Lets go of this replica's unfinished messages (another replica takes them at once, not after
     * the lease) and closes the pool.
     */
    @Override
    public void close() {
        renewals.shutdownNow();
        inboxWrites.shutdown();
        try {
            inboxWrites.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            update("let go of pending messages", "UPDATE inbox SET owner = NULL, lease_until = NULL"
                    + " WHERE owner = ? AND state = 'pending'", replica);
            // left mid-send past the grace period: the next replica to look sorts them (see PostgresInbox#recover)
            update("let go of interrupted messages", "UPDATE inbox SET lease_until = now() - interval '1 millisecond'"
                    + " WHERE owner = ? AND state = 'sending'", replica);
        } catch (StoreException e) {
            LOG.warn("store: {}", e.getMessage());
        }
        pool.close();
    }

    // --- plumbing ---

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} on a pooled connection, which it may use for several transactions of its own. */
    <T> T connection(String what, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " in " + describe() + ": " + oneLine(e), e);
        }
    }

    /** Runs {@code work} in one transaction on a pooled connection. */
    <T> T transaction(String what, Work<T> work) {
        return connection(what, c -> inTransaction(c, work));
    }

    /** Runs {@code work} on {@code c} in one transaction: all of it is committed, or none of it. */
    static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException rollback) {
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    int update(String what, String sql, Object... args) {
        return transaction(what, c -> {
            try (PreparedStatement ps = prepare(c, sql, Arrays.asList(args))) {
                return ps.executeUpdate();
            }
        });
    }

    <T> List<T> query(String what, String sql, List<?> args, Row<T> row) {
        return transaction(what, c -> read(c, sql, args, row));
    }

    static <T> List<T> read(Connection c, String sql, List<?> args, Row<T> row) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.read(rs));
            }
            return out;
        }
    }

    static PreparedStatement prepare(Connection c, String sql, List<?> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.size(); i++) {
            ps.setObject(i + 1, args.get(i));
        }
        return ps;
    }
}
