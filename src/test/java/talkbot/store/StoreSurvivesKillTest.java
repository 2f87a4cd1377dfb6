package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import talkbot.model.ChatRef;

/**
 * The SQLite file survives a killed process: a child JVM writes in a loop and reports each write
 * after it committed; it is killed (SIGKILL) mid-run, twice; every reported write must be there,
 * and the file must be intact and still at the current schema version.
 */
class StoreSurvivesKillTest {
    /** How many writes the child reports before it is killed; it keeps writing meanwhile. */
    static final int WRITES_BEFORE_KILL = 150;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyCommittedWriteSurvivesAKill() throws Exception {
        Set<Integer> subscribed = new HashSet<>();
        Set<Integer> posted = new HashSet<>();
        int lastCursor = -1;
        int next = 0;
        for (int round = 0; round < 2; round++) {
            Process child = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"),
                    StoreWriterMain.class.getName(), dir.toString(), Integer.toString(next))
                    .redirectError(dir.resolve("child-" + round + ".err").toFile())
                    .start();
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                int reported = 0;
                String line;
                while (reported < WRITES_BEFORE_KILL && (line = out.readLine()) != null) {
                    lastCursor = Math.max(lastCursor, record(line, subscribed, posted, lastCursor));
                    reported++;
                }
                assertThat(reported).as("the child wrote before it was killed (see child-%d.err)", round)
                        .isEqualTo(WRITES_BEFORE_KILL);
                // kill it while it writes (destroying the process also closes its output)
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }
            next = lastCursor + 10;

            try (Connection c = SqliteStoreTest.connect(dir)) {
                assertThat(SqliteStoreTest.pragma(c, "integrity_check")).isEqualTo("ok");
                assertThat(SqliteStoreTest.userVersion(c)).isEqualTo(SqliteStore.schemaVersion());
            }
            try (SqliteStore store = SqliteStore.open(dir)) {
                List<ChatRef> subscriptions = store.subscriptions();
                for (int i : subscribed) {
                    assertThat(subscriptions).contains(StoreWriterMain.chat(i));
                }
                for (int i : posted) {
                    ChatRef chat = StoreWriterMain.chat(i);
                    assertThat(store.posted(chat, StoreWriterMain.DAY)).as("post %d", i).isTrue();
                    assertThat(store.articlesInLastPost(chat)).contains(Set.of("article-" + i, "common"));
                }
                assertThat(store.cursor("last").orElseThrow()).isGreaterThanOrEqualTo(lastCursor);
                // and it still takes writes
                assertThat(store.subscribe(new ChatRef("telegram", "after-kill-" + round))).isTrue();
            }
        }
        assertThat(posted).hasSizeGreaterThan(WRITES_BEFORE_KILL / 3);
    }

    private static int record(String line, Set<Integer> subscribed, Set<Integer> posted, int lastCursor) {
        String[] parts = line.split(" ");
        if (parts.length != 2) {
            return lastCursor; // "open"
        }
        int i = Integer.parseInt(parts[1]);
        switch (parts[0]) {
            case "sub" -> subscribed.add(i);
            case "post" -> posted.add(i);
            case "cursor" -> {
                return i;
            }
            default -> throw new AssertionError("unexpected line from the child: " + line);
        }
        return lastCursor;
    }
}
