package talkbot.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import talkbot.model.ChatRef;

/**
 * The embedded store: one SQLite file, {@code talkbot.db} in the data directory, created on first
 * start. The schema is versioned with {@code PRAGMA user_version}; each migration runs once, in a
 * transaction. One connection serves every thread (SQLite serialises writers anyway), each call
 * holds the lock for its whole transaction, and WAL with synchronous=FULL keeps committed writes
 * across a killed process.
 *
 * <p>Tables: {@code subscription} (chats that asked for the daily summary), {@code post} (one row
 * per chat and day: a claim taken before sending, then confirmed as sent with the articles it
 * covered), {@code seen} (event ids handled once), {@code cursor} (named counters) and
 * {@code inbox} (every message taken in from a platform until it is answered: see {@link Inbox}) and
 * {@code feedback} (votes on answers: see {@link Feedback}).
 * Inbox writes use a second connection and a thread of their own ({@link GroupCommit}), so that
 * many requests share one commit and none waits behind the other writes for long.
 *
 * <p>Opening refuses a file that cannot be written (read-only file or folder): the bot would
 * otherwise run without remembering anything.
 */
public final class SqliteStore implements Store {

    public static final String FILE_NAME = "talkbot.db";

    /** Migration i brings the schema from version i to i + 1. Append only; never edit a shipped one. */
    private static final List<List<String>> MIGRATIONS = List.of(
            List.of(
                "CREATE TABLE subscription (platform TEXT NOT NULL, chat_id TEXT NOT NULL,"
                        + " created_at TEXT NOT NULL, PRIMARY KEY (platform, chat_id))",
                "CREATE TABLE post (platform TEXT NOT NULL, chat_id TEXT NOT NULL, day TEXT NOT NULL,"
                        + " posted_at TEXT NOT NULL, articles TEXT NOT NULL, PRIMARY KEY (platform, chat_id, day))",
                "CREATE TABLE seen (scope TEXT NOT NULL, key TEXT NOT NULL, seen_at TEXT NOT NULL,"
                        + " PRIMARY KEY (scope, key))",
                "CREATE TABLE cursor (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
            // 2: a post row is first a claim (taken before sending), then confirmed as sent;
            // rows written by version 1 were all sent
            List.of(
                "ALTER TABLE post ADD COLUMN state TEXT NOT NULL DEFAULT 'sent'"
                        + " CHECK (state IN ('claimed', 'sent'))"),
            // 3: the durable inbox: every message taken in from a platform, until it is answered
            List.of(
                "CREATE TABLE inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL,"
                        + " key TEXT NOT NULL, chat TEXT NOT NULL, payload TEXT NOT NULL,"
                        + " state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'done')), outcome TEXT,"
                        + " received_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (platform, key))",
                "CREATE INDEX inbox_by_state ON inbox (platform, state, id)"),
            // 4: votes on answers (only votes: ordinary questions are never stored), once per answer and voter
            List.of(
                "CREATE TABLE feedback (answer_id TEXT NOT NULL, voter TEXT NOT NULL, up INTEGER NOT NULL CHECK (up IN (0, 1)),"
                        + " question TEXT NOT NULL, short_answer TEXT, reply TEXT NOT NULL, intent TEXT NOT NULL,"
                        + " confidence REAL NOT NULL, platform TEXT NOT NULL, voted_at TEXT NOT NULL,"
                        + " PRIMARY KEY (answer_id, voter))",
                "CREATE INDEX feedback_by_time ON feedback (voted_at)"));

    /** How long a write on the intake path waits for a lock another process holds before it fails (and the platform is told to retry). */
    static final int INTAKE_BUSY_TIMEOUT_MS = 500;
    /** How long finished inbox rows are kept (Slack retries an event for minutes; Telegram never re-sends a confirmed one). */
    static final java.time.Duration KEEP_DONE = java.time.Duration.ofDays(7);

    private final Connection connection;
    private final Path file;
    /** This boot of the machine (see {@link BootId}), or null; the inbox proves unsent requests with it. */
    private final String bootId;
    private GroupCommit inboxWrites;
    private Connection inboxConnection;
    private final java.util.Map<String, Integer> rates = new java.util.HashMap<>();

    private final Feedback feedback = new SqliteFeedback(this);
    private SqliteFeedState feedState;

    private SqliteStore(Connection connection, Path file, String bootId) {
        this.connection = connection;
        this.file = file;
        this.bootId = bootId;
    }

    @Override
    public Feedback feedback() {
        return feedback;
    }

    /** The feed poller's state: a file of its own beside this one ({@link SqliteFeedState}), opened on first use. */
    @Override
    public synchronized FeedState feedState() {
        if (feedState == null) {
            feedState = SqliteFeedState.open(file.getParent());
        }
        return feedState;
    }

    /** Opens (creating if needed) the store in {@code dataDir}. */
    public static SqliteStore open(Path dataDir) {
        return open(dataDir, BootId.current());
    }

    /** The same, as if the machine's boot were {@code bootId} (null: unknown); for tests of a reboot. */
    static SqliteStore open(Path dataDir, String bootId) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dataDir) || (Files.exists(file) && !Files.isWritable(file))) {
            throw StoreException.readOnly("cannot open " + file + ": read-only (" + (Files.isWritable(dataDir)
                    ? "the file" : "the data directory " + dataDir) + " cannot be written)");
        }
        Connection c = null;
        try {
            c = connect(file, 5000);
            SqliteStore store = new SqliteStore(c, file, bootId);
            store.migrate();
            store.probeWrite();
            return store;
        } catch (SQLException e) {
            closeQuietly(c);
            throw StoreException.of("open", file, e);
        }
    }

    /** A connection in WAL mode, every commit on disk before it returns, waiting up to {@code busyMillis} for a lock. */
    static Connection connect(Path file, int busyMillis) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + busyMillis);
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
        return c;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // already failing for a better reason
            }
        }
    }

    /** Takes the write lock and gives it back: fails on a read-only file or folder. */
    private synchronized void probeWrite() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO cursor (name, value) VALUES ('store.write-probe', 0)"
                    + " ON CONFLICT(name) DO UPDATE SET value = value");
            s.execute("ROLLBACK");
        }
    }

    /** The inbox's write connection, for tests that make its disk "full" (PRAGMA max_page_count). */
    synchronized Connection inboxConnection() {
        return inboxConnection;
    }

    /**
     * The inbox of {@code platform}, in this file. Its writes go through one connection and thread
     * shared by every platform's inbox, started on first use and stopped by {@link #close()}.
     */
    @Override
    public synchronized Inbox inbox(String platform) {
        if (inboxWrites == null) {
            try {
                inboxConnection = connect(file, INTAKE_BUSY_TIMEOUT_MS);
                try (Statement s = inboxConnection.createStatement()) {
                    // checkpoints run when GroupCommit says, after the commit's follow-up actions, not inside COMMIT
                    s.execute("PRAGMA wal_autocheckpoint=0");
                }
            } catch (SQLException e) {
                throw StoreException.of("open the inbox", file, e);
            }
            inboxWrites = new GroupCommit(inboxConnection, file, "store-writes");
            String before = Instant.now().minus(KEEP_DONE).toString();
            inboxWrites.submit("forget old inbox rows", () -> {
                try (PreparedStatement ps = inboxConnection.prepareStatement(
                        "DELETE FROM inbox WHERE state = 'done' AND updated_at < ?")) {
                    ps.setString(1, before);
                    return ps.executeUpdate();
                }
            });
        }
        return new SqliteInbox(platform, inboxWrites, inboxConnection, bootId);
    }

    @Override
    public String describe() {
        return file.toString();
    }

    @Override
    public Optional<String> problem() {
        try {
            read("read the store", () -> {
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                    return rs.next();
                }
            });
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** One process uses the file: the rate limit's counters live in memory, per fixed window. */
    @Override
    public synchronized boolean countHit(String key, Instant window, int limit) {
        String k = key + "@" + window.toEpochMilli();
        if (rates.size() > 10_000) {
            rates.clear();
        }
        int hits = rates.getOrDefault(k, 0);
        if (hits >= limit) {
            return false;
        }
        rates.put(k, hits + 1);
        return true;
    }

    /** One process uses the file, so it leads in everything. */
    @Override
    public Optional<Lead> tryLead(String name) {
        return Optional.of(new Lead() {
            private volatile boolean closed;

            @Override
            public boolean held() {
                return !closed;
            }

            @Override
            public void close() {
                closed = true;
            }
        });
    }

    /** The schema version this build writes. */
    public static int schemaVersion() {
        return MIGRATIONS.size();
    }

    public Path file() {
        return file;
    }

    private synchronized void migrate() throws SQLException {
        SqliteSchema.migrate(connection, MIGRATIONS);
    }

    @Override
    public boolean subscribe(ChatRef chat) {
        return write("subscribe", () -> update(
                "INSERT OR IGNORE INTO subscription (platform, chat_id, created_at) VALUES (?, ?, ?)",
                chat.platform(), chat.chatId(), Instant.now().toString()) > 0);
    }

    @Override
    public boolean unsubscribe(ChatRef chat) {
        return write("unsubscribe", () -> update(
                "DELETE FROM subscription WHERE platform = ? AND chat_id = ?", chat.platform(), chat.chatId()) > 0);
    }

    @Override
    public List<ChatRef> subscriptions() {
        return read("list subscriptions", () -> {
            List<ChatRef> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(
                            "SELECT platform, chat_id FROM subscription ORDER BY created_at, rowid");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChatRef(rs.getString(1), rs.getString(2)));
                }
            }
            return out;
        });
    }

    @Override
    public boolean claimPost(ChatRef chat, LocalDate day, Instant at) {
        return write("claim post", () -> update(
                "INSERT OR IGNORE INTO post (platform, chat_id, day, posted_at, articles, state)"
                        + " VALUES (?, ?, ?, ?, '', 'claimed')",
                chat.platform(), chat.chatId(), day.toString(), at.toString()) > 0);
    }

    @Override
    public void releasePost(ChatRef chat, LocalDate day) {
        write("release post", () -> update(
                "DELETE FROM post WHERE platform = ? AND chat_id = ? AND day = ? AND state = 'claimed'",
                chat.platform(), chat.chatId(), day.toString()));
    }

    @Override
    public void recordPost(ChatRef chat, LocalDate day, Instant at, Set<String> articleIds) {
        write("record post", () -> update(
                "INSERT INTO post (platform, chat_id, day, posted_at, articles, state) VALUES (?, ?, ?, ?, ?, 'sent')"
                        + " ON CONFLICT (platform, chat_id, day) DO UPDATE SET"
                        + " posted_at = excluded.posted_at, articles = excluded.articles, state = 'sent'",
                chat.platform(), chat.chatId(), day.toString(), at.toString(),
                String.join("\n", new TreeSet<>(articleIds))));
    }

    @Override
    public boolean posted(ChatRef chat, LocalDate day) {
        return read("read posts", () -> {
            try (PreparedStatement ps = prepare(
                    "SELECT 1 FROM post WHERE platform = ? AND chat_id = ? AND day = ? AND state = 'sent'",
                    chat.platform(), chat.chatId(), day.toString());
                    ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        });
    }

    @Override
    public Optional<Set<String>> articlesInLastPost(ChatRef chat) {
        return read("read posts", () -> {
            try (PreparedStatement ps = prepare(
                    "SELECT articles FROM post WHERE platform = ? AND chat_id = ? AND state = 'sent'"
                            + " ORDER BY day DESC, posted_at DESC LIMIT 1",
                    chat.platform(), chat.chatId());
                    ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String articles = rs.getString(1);
                Set<String> ids = new LinkedHashSet<>();
                if (!articles.isEmpty()) {
                    ids.addAll(Arrays.asList(articles.split("\n")));
                }
                return Optional.of(Set.copyOf(ids));
            }
        });
    }

    @Override
    public boolean firstSighting(String scope, String key) {
        return write("remember " + scope, () -> update(
                "INSERT OR IGNORE INTO seen (scope, key, seen_at) VALUES (?, ?, ?)",
                scope, key, Instant.now().toString()) > 0);
    }

    @Override
    public OptionalLong cursor(String name) {
        return read("read cursor", () -> {
            try (PreparedStatement ps = prepare("SELECT value FROM cursor WHERE name = ?", name);
                    ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        });
    }

    @Override
    public void saveCursor(String name, long value) {
        write("save cursor", () -> update(
                "INSERT INTO cursor (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                name, value));
    }

    @Override
    public synchronized void close() {
        if (feedState != null) {
            feedState.close();
            feedState = null;
        }
        if (inboxWrites != null) {
            inboxWrites.close();
            inboxWrites = null;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreException.of("close", file, e);
        }
    }

    // --- plumbing ---

    interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. Every write goes through here. */
    synchronized <T> T write(String what, Work<T> work) {
        try {
            return SqliteTransaction.run(connection, work);
        } catch (SQLException e) {
            throw StoreException.of(what, file, e);
        }
    }

    synchronized <T> T read(String what, Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw StoreException.of(what, file, e);
        }
    }

    PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }

    int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        }
    }
}
