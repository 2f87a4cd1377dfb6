package talkbot.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on SQLite: each call opens the one file of the test's data directory. */
class SqliteStoreContractTest extends StoreContract {
    @TempDir
    Path dir;

    @Override
    Store openStore() {
        return SqliteStore.open(dir);
    }
}
