package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.model.ChatRef;

class SqliteStoreTest {
    static final ChatRef ALICE = new ChatRef("telegram", "1001");
    static final ChatRef CHANNEL = new ChatRef("slack", "C0001");
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    static final Instant AT = Instant.parse("2025-06-10T07:00:00Z");

    @TempDir
    Path dir;

    @Test
    void createsTheSchemaOnFirstStartWithItsVersion() throws Exception {
        Path data = dir.resolve("not/there/yet");
        try (SqliteStore store = SqliteStore.open(data)) {
            assertThat(store.file()).isEqualTo(data.resolve(SqliteStore.FILE_NAME));
        }
        assertThat(Files.isRegularFile(data.resolve(SqliteStore.FILE_NAME))).isTrue();
        try (Connection c = connect(data)) {
            assertThat(userVersion(c)).isEqualTo(SqliteStore.schemaVersion()).isEqualTo(4);
            assertThat(tables(c)).contains("subscription", "post", "seen", "cursor", "inbox", "feedback");
            assertThat(pragma(c, "journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void reopeningKeepsEverything() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.subscribe(ALICE);
            store.subscribe(CHANNEL);
            store.recordPost(ALICE, DAY, AT, Set.of("a", "b"));
            store.claimPost(CHANNEL, DAY, AT);
            store.firstSighting("slack-event", "Ev1");
            store.saveCursor("telegram-update", 42);
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.subscriptions()).containsExactly(ALICE, CHANNEL);
            assertThat(store.posted(ALICE, DAY)).isTrue();
            assertThat(store.articlesInLastPost(ALICE)).contains(Set.of("a", "b"));
            assertThat(store.claimPost(CHANNEL, DAY, AT)).isFalse();
            assertThat(store.firstSighting("slack-event", "Ev1")).isFalse();
            assertThat(store.cursor("telegram-update")).isEqualTo(OptionalLong.of(42));
        }
    }

    @Test
    void subscriptionsInTheOrderMade() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.subscribe(CHANNEL)).isTrue();
            assertThat(store.subscribe(ALICE)).isTrue();
            assertThat(store.subscribe(CHANNEL)).isFalse();
            assertThat(store.subscriptions()).containsExactly(CHANNEL, ALICE);
            assertThat(store.unsubscribe(CHANNEL)).isTrue();
            assertThat(store.unsubscribe(CHANNEL)).isFalse();
            assertThat(store.subscriptions()).containsExactly(ALICE);
        }
    }

    @Test
    void aClaimIsTakenOnceAndConfirmedOrGivenBack() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.claimPost(ALICE, DAY, AT)).isTrue();
            assertThat(store.claimPost(ALICE, DAY, AT)).isFalse();
            assertThat(store.posted(ALICE, DAY)).isFalse(); // a bare claim is not a post
            assertThat(store.articlesInLastPost(ALICE)).isEmpty();

            store.releasePost(ALICE, DAY);
            assertThat(store.claimPost(ALICE, DAY, AT)).isTrue();
            store.recordPost(ALICE, DAY, AT.plusSeconds(1), Set.of("a"));
            assertThat(store.posted(ALICE, DAY)).isTrue();
            assertThat(store.claimPost(ALICE, DAY, AT)).isFalse();

            store.releasePost(ALICE, DAY); // does nothing to a recorded post
            assertThat(store.posted(ALICE, DAY)).isTrue();
            assertThat(store.claimPost(ALICE, DAY.plusDays(1), AT)).isTrue(); // another day
        }
    }

    @Test
    void theLastRecordedPostSaysWhatTheChatHasSeen() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.articlesInLastPost(ALICE)).isEmpty();
            store.recordPost(ALICE, DAY, AT, Set.of("a"));
            store.recordPost(ALICE, DAY.plusDays(1), AT.plusSeconds(86_400), Set.of("a", "b"));
            store.claimPost(ALICE, DAY.plusDays(2), AT.plusSeconds(2 * 86_400));
            assertThat(store.articlesInLastPost(ALICE)).isEqualTo(Optional.of(Set.of("a", "b")));
            assertThat(store.articlesInLastPost(CHANNEL)).isEmpty();
            store.recordPost(CHANNEL, DAY, AT, Set.of());
            assertThat(store.articlesInLastPost(CHANNEL)).isEqualTo(Optional.of(Set.of()));
        }
    }

    @Test
    void aPostWithoutClaimIsRecordedAndARepeatReplacesIt() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.recordPost(ALICE, DAY, AT, Set.of("a"));
            store.recordPost(ALICE, DAY, AT.plusSeconds(60), Set.of("a", "b"));
            assertThat(store.posted(ALICE, DAY)).isTrue();
            assertThat(store.articlesInLastPost(ALICE)).contains(Set.of("a", "b"));
        }
    }

    @Test
    void twoStoresOnOneFileNeverBothGetAClaim() throws Exception {
        try (SqliteStore a = SqliteStore.open(dir); SqliteStore b = SqliteStore.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Callable<Boolean>> claims = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    SqliteStore s = i % 2 == 0 ? a : b;
                    claims.add(() -> s.claimPost(ALICE, DAY, AT));
                }
                int won = 0;
                for (Future<Boolean> f : pool.invokeAll(claims)) {
                    won += f.get() ? 1 : 0;
                }
                assertThat(won).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aWriteThatFailsHalfwayLeavesNothingBehind() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThatThrownBy(() -> store.write("test", () -> {
                store.update("INSERT INTO subscription (platform, chat_id, created_at) VALUES ('telegram', '1', 'x')");
                store.update("INSERT INTO cursor (name, value) VALUES ('c', 1)");
                throw new SQLException("fails after two statements");
            })).isInstanceOf(StoreException.class).hasMessageContaining("fails after two statements");
            assertThat(store.subscriptions()).isEmpty();
            assertThat(store.cursor("c")).isEmpty();
            // and the connection is back to normal
            assertThat(store.subscribe(ALICE)).isTrue();
            assertThat(store.subscriptions()).containsExactly(ALICE);
        }
    }

    @Test
    void aMigrationThatFailsIsRolledBackWhole() throws Exception {
        Files.createDirectories(dir);
        try (Connection c = connect(dir); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE seen (x TEXT)"); // migration 1 creates seen as its third step
        }
        assertThatThrownBy(() -> SqliteStore.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining(SqliteStore.FILE_NAME);
        try (Connection c = connect(dir)) {
            assertThat(userVersion(c)).isZero();
            assertThat(tables(c)).containsExactly("seen");
        }
    }

    @Test
    void upgradesAVersion1FileKeepingItsPosts() throws Exception {
        Files.createDirectories(dir);
        try (Connection c = connect(dir); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE subscription (platform TEXT NOT NULL, chat_id TEXT NOT NULL,"
                    + " created_at TEXT NOT NULL, PRIMARY KEY (platform, chat_id))");
            s.execute("CREATE TABLE post (platform TEXT NOT NULL, chat_id TEXT NOT NULL, day TEXT NOT NULL,"
                    + " posted_at TEXT NOT NULL, articles TEXT NOT NULL, PRIMARY KEY (platform, chat_id, day))");
            s.execute("CREATE TABLE seen (scope TEXT NOT NULL, key TEXT NOT NULL, seen_at TEXT NOT NULL,"
                    + " PRIMARY KEY (scope, key))");
            s.execute("CREATE TABLE cursor (name TEXT PRIMARY KEY, value INTEGER NOT NULL)");
            s.execute("INSERT INTO subscription VALUES ('telegram', '1001', '2025-06-01T00:00:00Z')");
            s.execute("INSERT INTO post VALUES ('telegram', '1001', '2025-06-10', '2025-06-10T07:00:00Z', 'a\nb')");
            s.execute("PRAGMA user_version = 1");
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.subscriptions()).containsExactly(ALICE);
            assertThat(store.posted(ALICE, DAY)).isTrue();
            assertThat(store.claimPost(ALICE, DAY, AT)).isFalse();
            assertThat(store.articlesInLastPost(ALICE)).contains(Set.of("a", "b"));
        }
        try (Connection c = connect(dir)) {
            assertThat(userVersion(c)).isEqualTo(4);
        }
    }

    @Test
    void refusesAFileOfANewerBuild() throws Exception {
        Files.createDirectories(dir);
        try (Connection c = connect(dir); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> SqliteStore.open(dir)).isInstanceOf(StoreException.class)
                .hasMessageContaining("schema version 99 is newer");
    }

    @Test
    void aStoreThatCannotBeCreatedSaysWhere() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "not a directory");
        assertThatThrownBy(() -> SqliteStore.open(file)).isInstanceOf(StoreException.class)
                .hasMessageContaining("a-file");
    }

    // --- JDBC helpers ---

    static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(SqliteStore.FILE_NAME).toAbsolutePath());
    }

    static int userVersion(Connection c) throws SQLException {
        return Integer.parseInt(pragma(c, "user_version"));
    }

    static String pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
