package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.model.ChatRef;

/**
 * Data directories written by the single-process build (main before the PostgreSQL store):
 * {@code talkbot.db} at schema version 4 and {@code feeds.db} at version 1, made here with that
 * build's own statements. This build opens them as they are and keeps every row.
 */
class MainFormatFilesTest {
    static final String BOOT = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";

    /** talkbot.db as the single-process build's migrations 1 to 4 leave it. */
    private static final String[] STORE_V4 = {
        "CREATE TABLE subscription (platform TEXT NOT NULL, chat_id TEXT NOT NULL,"
                + " created_at TEXT NOT NULL, PRIMARY KEY (platform, chat_id))",
        "CREATE TABLE post (platform TEXT NOT NULL, chat_id TEXT NOT NULL, day TEXT NOT NULL,"
                + " posted_at TEXT NOT NULL, articles TEXT NOT NULL, PRIMARY KEY (platform, chat_id, day))",
        "CREATE TABLE seen (scope TEXT NOT NULL, key TEXT NOT NULL, seen_at TEXT NOT NULL, PRIMARY KEY (scope, key))",
        "CREATE TABLE cursor (name TEXT PRIMARY KEY, value INTEGER NOT NULL)",
        "ALTER TABLE post ADD COLUMN state TEXT NOT NULL DEFAULT 'sent' CHECK (state IN ('claimed', 'sent'))",
        "CREATE TABLE inbox (id INTEGER PRIMARY KEY AUTOINCREMENT, platform TEXT NOT NULL,"
                + " key TEXT NOT NULL, chat TEXT NOT NULL, payload TEXT NOT NULL,"
                + " state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'done')), outcome TEXT,"
                + " received_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (platform, key))",
        "CREATE INDEX inbox_by_state ON inbox (platform, state, id)",
        "CREATE TABLE feedback (answer_id TEXT NOT NULL, voter TEXT NOT NULL, up INTEGER NOT NULL CHECK (up IN (0, 1)),"
                + " question TEXT NOT NULL, short_answer TEXT, reply TEXT NOT NULL, intent TEXT NOT NULL,"
                + " confidence REAL NOT NULL, platform TEXT NOT NULL, voted_at TEXT NOT NULL,"
                + " PRIMARY KEY (answer_id, voter))",
        "CREATE INDEX feedback_by_time ON feedback (voted_at)",
        "PRAGMA user_version = 4",
    };

    private static final String[] FEEDS_V1 = {
        "CREATE TABLE feed (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked_at TEXT NOT NULL)",
        "CREATE TABLE feed_entry (feed TEXT NOT NULL, entry TEXT NOT NULL, outcome TEXT NOT NULL,"
                + " seen_at TEXT NOT NULL, PRIMARY KEY (feed, entry))",
        "PRAGMA user_version = 1",
    };

    @TempDir
    Path dir;

    private void write(String file, String... statements) throws Exception {
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(file).toAbsolutePath());
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    @Test
    void aMainFormatDataDirectoryOpensAndKeepsEveryRow() throws Exception {
        write(SqliteStore.FILE_NAME, STORE_V4);
        write(SqliteStore.FILE_NAME,
                "INSERT INTO subscription VALUES ('telegram', '1001', '2025-06-01T07:00:00Z')",
                "INSERT INTO subscription VALUES ('slack', 'C0001', '2025-06-02T07:00:00Z')",
                "INSERT INTO post VALUES ('telegram', '1001', '2025-06-09', '2025-06-09T07:00:00Z', 'a\nb', 'sent')",
                "INSERT INTO post VALUES ('slack', 'C0001', '2025-06-10', '2025-06-10T07:00:00Z', '', 'claimed')",
                "INSERT INTO seen VALUES ('slack-event', 'Ev1', '2025-06-10T07:00:00Z')",
                "INSERT INTO cursor VALUES ('telegram.next_offset.1', 42)",
                "INSERT INTO inbox (platform, key, chat, payload, state, outcome, received_at, updated_at) VALUES"
                        + " ('telegram', '7', 'x', 'resumed', 'pending', 'from 2', '2025-06-10T07:00:00Z', '2025-06-10T07:00:00Z'),"
                        + " ('telegram', '8', 'y', 'held', 'sending', 'held 0/1 " + BOOT + "', '2025-06-10T07:00:00Z',"
                        + " '2025-06-10T07:00:00Z'),"
                        + " ('telegram', '9', 'z', 'written', 'sending', 'written 0/1', '2025-06-10T07:00:00Z',"
                        + " '2025-06-10T07:00:00Z')",
                "INSERT INTO feedback VALUES ('a1', 'v1', 0, 'Who leads?', 'He Lifeng', 'He Lifeng leads.', 'who', 0.9,"
                        + " 'telegram', '2025-06-10T07:00:00Z')");
        write(SqliteFeedState.FILE_NAME, FEEDS_V1);
        write(SqliteFeedState.FILE_NAME,
                "INSERT INTO feed VALUES ('https://news.example/trade.rss', '\"v1\"', NULL, '2025-06-10T07:00:00Z')",
                "INSERT INTO feed_entry VALUES ('https://news.example/trade.rss', 'e1', 'added x', '2025-06-10T07:00:00Z')");

        ChatRef alice = new ChatRef("telegram", "1001");
        ChatRef channel = new ChatRef("slack", "C0001");
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            assertThat(store.subscriptions()).containsExactly(alice, channel);
            assertThat(store.posted(alice, LocalDate.of(2025, 6, 9))).isTrue();
            assertThat(store.articlesInLastPost(alice)).isEqualTo(Optional.of(Set.of("a", "b")));
            assertThat(store.posted(channel, LocalDate.of(2025, 6, 10))).as("a bare claim").isFalse();
            assertThat(store.claimPost(channel, LocalDate.of(2025, 6, 10), java.time.Instant.now())).isFalse();
            assertThat(store.firstSighting("slack-event", "Ev1")).isFalse();
            assertThat(store.cursor("telegram.next_offset.1")).isEqualTo(OptionalLong.of(42));
            Inbox inbox = store.inbox("telegram");
            assertThat(inbox.recover()).isEqualTo(new Inbox.Recovery(1, 0, 1));
            assertThat(inbox.pending()).extracting(Inbox.Item::payload, Inbox.Item::from)
                    .containsExactly(tuple("resumed", 2), tuple("held", 0));
            assertThat(store.feedback().votes()).extracting(Feedback.Vote::answerId, Feedback.Vote::up)
                    .containsExactly(tuple("a1", false));
            FeedState feeds = store.feedState();
            URI feed = URI.create("https://news.example/trade.rss");
            assertThat(feeds.validators(feed)).isEqualTo(new FeedState.Validators("\"v1\"", null));
            assertThat(feeds.seen(feed, "e1")).isTrue();
        }
        try (Connection c = SqliteStoreTest.connect(dir)) {
            assertThat(SqliteStoreTest.userVersion(c)).as("no migration was needed").isEqualTo(4);
        }
    }
}
