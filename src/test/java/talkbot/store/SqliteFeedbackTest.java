package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteFeedbackTest {
    static final Instant AT = Instant.parse("2025-06-10T07:00:00Z");

    @TempDir
    Path dir;

    static Feedback.Vote vote(String answer, String voter, boolean up, Instant at) {
        return new Feedback.Vote(answer, voter, up, "Who leads China's delegation?", "He Lifeng",
                "He Lifeng leads the China delegation.", "who", 0.94, "telegram", at);
    }

    @Test
    void aVoteIsKeptOncePerVoterAndAnswerAcrossARestart() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.feedback().record(vote("a1", "v1", false, AT))).isTrue();
            assertThat(store.feedback().record(vote("a1", "v1", true, AT.plusSeconds(5)))).as("once per voter").isFalse();
            assertThat(store.feedback().record(vote("a1", "v2", true, AT))).as("another voter").isTrue();
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.feedback().votes()).extracting(Feedback.Vote::voter, Feedback.Vote::up)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("v1", false), org.assertj.core.groups.Tuple.tuple("v2", true));
            assertThat(store.feedback().votes().get(0)).isEqualTo(vote("a1", "v1", false, AT));
        }
    }

    @Test
    void downVotesComeFirstNewestFirst() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Feedback f = store.feedback();
            f.record(vote("up-old", "v", true, AT));
            f.record(vote("down-old", "v", false, AT));
            f.record(vote("up-new", "v", true, AT.plusSeconds(60)));
            f.record(vote("down-new", "v", false, AT.plusSeconds(60)));
            assertThat(f.votes()).extracting(Feedback.Vote::answerId)
                    .containsExactly("down-new", "down-old", "up-new", "up-old");
        }
    }

    @Test
    void oldVotesAreForgotten() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Feedback f = store.feedback();
            f.record(vote("old", "v", false, AT));
            f.record(vote("new", "v", false, AT.plusSeconds(3600)));
            assertThat(f.forget(AT.plusSeconds(60))).isEqualTo(1);
            assertThat(f.votes()).extracting(Feedback.Vote::answerId).containsExactly("new");
        }
    }

    @Test
    void aVersion3FileGetsTheFeedbackTableAndKeepsItsInbox() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.subscribe(new talkbot.model.ChatRef("telegram", "1001"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME));
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE feedback");
            s.execute("PRAGMA user_version = 3");
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            assertThat(store.subscriptions()).hasSize(1);
            assertThat(store.feedback().record(vote("a", "v", true, AT))).isTrue();
        }
    }
}
