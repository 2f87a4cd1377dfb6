package talkbot.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings a SQLite file's schema up to date: its version is {@code PRAGMA user_version}; each
 * migration after it runs once, in a transaction of its own that also writes the new version. A
 * file newer than this build is refused.
 */
final class SqliteSchema {
    private SqliteSchema() {}

    static void migrate(Connection connection, List<List<String>> migrations) throws SQLException {
        int version;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        if (version > migrations.size()) {
            throw new SQLException("schema version " + version + " is newer than this build's " + migrations.size());
        }
        for (int v = version; v < migrations.size(); v++) {
            List<String> migration = migrations.get(v);
            int next = v + 1;
            SqliteTransaction.run(connection, () -> {
                try (Statement s = connection.createStatement()) {
                    for (String sql : migration) {
                        s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + next);
                }
                return null;
            });
        }
    }
}
