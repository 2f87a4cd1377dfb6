package talkbot.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A role held through a session-level PostgreSQL advisory lock on a connection of its own (not
 * the pool's): it lasts while that session does, so it ends when the process dies or loses its
 * connection, and another replica's {@code pg_try_advisory_lock} then gets it.
 */
final class AdvisoryLead implements Leadership.Lead {
    private final Connection connection;
    private final long key;
    private volatile boolean closed;

    private AdvisoryLead(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static Optional<Leadership.Lead> tryTake(DatabaseConfig config, String name) {
        long key = keyOf(name);
        Connection c = null;
        try {
            c = PostgresStore.connect(config);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                ps.setLong(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) {
                        return Optional.of(new AdvisoryLead(c, key));
                    }
                }
            }
            c.close();
            return Optional.empty();
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
            throw new StoreException("cannot ask " + config.where() + " who leads " + name + ": "
                    + PostgresStore.oneLine(e), e);
        }
    }

    /** A stable 64-bit lock key for a role name (the same in every replica and build). */
    static long keyOf(String name) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(("talkbot:" + name).getBytes(StandardCharsets.UTF_8));
            long k = 0;
            for (int i = 0; i < 8; i++) {
                k = (k << 8) | (d[i] & 0xff);
            }
            return k;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean held() {
        if (closed) {
            return false;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1")) {
            ps.setQueryTimeout(5);
            ps.executeQuery().close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        closed = true;
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.executeQuery().close();
        } catch (SQLException ignored) {
            // the session ends below, and the lock with it
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // nothing left to release
        }
    }
}
