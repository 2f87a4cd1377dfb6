package talkbot.store;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

/**
 * The feed poller's state in SQLite: its own file, {@code feeds.db} in the data directory, beside
 * the bot's store, so that polling feeds never holds the store's lock. Versioned with
 * {@code PRAGMA user_version} as the store is. Tables: {@code feed} (validators per feed URL) and
 * {@code feed_entry} (entries dealt with for good, per feed, with the outcome).
 */
public final class SqliteFeedState implements FeedState {
    public static final String FILE_NAME = "feeds.db";

    /** Migration i brings the schema from version i to i + 1. Append only. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            "CREATE TABLE feed (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL)",
            "CREATE TABLE feed_entry (feed TEXT NOT NULL, entry TEXT NOT NULL, outcome TEXT NOT NULL,"
                    + " seen_at TEXT NOT NULL, PRIMARY KEY (feed, entry))"));

    private final Connection connection;
    private final Path file;

    private SqliteFeedState(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens (creating if needed) the feed state in {@code dataDir}. */
    public static SqliteFeedState open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (Exception e) {
            throw new StoreException("cannot create data directory " + dataDir + ": " + e.getMessage(), e);
        }
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA busy_timeout=5000");
            }
            SqliteFeedState state = new SqliteFeedState(c, file);
            state.migrate();
            return state;
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    private synchronized void migrate() throws SQLException {
        SqliteSchema.migrate(connection, MIGRATIONS);
    }

    @Override
    public synchronized Validators validators(URI feed) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT etag, last_modified FROM feed WHERE url = ?")) {
            ps.setString(1, feed.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Validators(rs.getString(1), rs.getString(2)) : Validators.NONE;
            }
        } catch (SQLException e) {
            throw failed("read the validators of a feed", e);
        }
    }

    @Override
    public synchronized void saveValidators(URI feed, Validators v, Instant at) {
        update("INSERT INTO feed (url, etag, last_modified, checked_at) VALUES (?, ?, ?, ?) ON CONFLICT (url)"
                + " DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                + " checked_at = excluded.checked_at", "save the validators of a feed",
                feed.toString(), v.etag(), v.lastModified(), at.toString());
    }

    @Override
    public synchronized boolean seen(URI feed, String entry) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT 1 FROM feed_entry WHERE feed = ? AND entry = ?")) {
            ps.setString(1, feed.toString());
            ps.setString(2, entry);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failed("read the entries of a feed", e);
        }
    }

    @Override
    public synchronized void markSeen(URI feed, String entry, String outcome, Instant at) {
        update("INSERT OR REPLACE INTO feed_entry (feed, entry, outcome, seen_at) VALUES (?, ?, ?, ?)",
                "remember an entry of a feed", feed.toString(), entry, outcome, at.toString());
    }

    @Override
    public synchronized void forgetBefore(Instant before) {
        update("DELETE FROM feed_entry WHERE seen_at < ?", "forget old entries", before.toString());
    }

    private void update(String sql, String what, String... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    private StoreException failed(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + file + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing anyway
        }
    }
}
