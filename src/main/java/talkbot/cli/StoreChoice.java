package talkbot.cli;

import java.util.Optional;
import talkbot.config.Deployment;
import talkbot.config.Secret;
import talkbot.config.Settings;
import talkbot.store.DatabaseConfig;
import talkbot.store.PostgresStore;
import talkbot.store.SqliteStore;
import talkbot.store.Store;

/** The store the settings name: PostgreSQL when TALKBOT_DATABASE_URL is set (several replicas), else SQLite in the data directory. */
final class StoreChoice {
    private StoreChoice() {}

    static Store open(Settings settings) {
        Optional<DatabaseConfig> db = database(settings.deployment());
        return db.isPresent() ? PostgresStore.open(db.get()) : SqliteStore.open(settings.dataDir());
    }

    static Optional<DatabaseConfig> database(Deployment d) {
        return d.databaseUrl().map(url -> new DatabaseConfig(url, d.databaseUser().map(Secret::reveal).orElse(null),
                d.databasePassword().map(Secret::reveal).orElse(null)));
    }
}
