package talkbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store contract on SQLite: each call opens the one file of the test's data directory, on a
 * machine boot of the test's choosing (so that a reboot can be played).
 */
class SqliteStoreContractTest extends StoreContract {
    static final String BOOT = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
    static final String REBOOTED = "f0e9d8c7-b6a5-9483-7261-504f3e2d1c0b";

    @TempDir
    Path dir;

    @Override
    Store openStore() {
        return SqliteStore.open(dir, BOOT);
    }

    @Override
    Store openStoreAfterARestartOfTheNoteKeeper() {
        return SqliteStore.open(dir, REBOOTED);
    }

    @Override
    void refuseNotes(Store store, String phase) throws Exception {
        try (Statement s = ((SqliteStore) store).inboxConnection().createStatement()) {
            s.execute("CREATE TEMP TRIGGER no_" + phase + " BEFORE UPDATE OF outcome ON inbox WHEN NEW.outcome LIKE '"
                    + phase + " %' BEGIN SELECT RAISE(ABORT, 'no note of " + phase + " in this test'); END");
        }
    }

    @Override
    String inboxRow(long id) throws Exception {
        try (Connection c = SqliteStoreTest.connect(dir); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT state || ' ' || coalesce(outcome, '-') FROM inbox WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    void sql(String statement) throws Exception {
        try (Connection c = SqliteStoreTest.connect(dir); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }
}
