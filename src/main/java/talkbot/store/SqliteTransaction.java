package talkbot.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One transaction on a SQLite connection: all of the work is committed, or none of it. */
final class SqliteTransaction {
    private SqliteTransaction() {}

    static <T> T run(Connection connection, SqliteStore.Work<T> work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            T result = work.run();
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException rollback) {
                // SQLite rolls back by itself after some failures (disk full, I/O error): the first error is the real one
                e.addSuppressed(rollback);
            }
            throw e;
        } finally {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the next call says so
            }
        }
    }
}
