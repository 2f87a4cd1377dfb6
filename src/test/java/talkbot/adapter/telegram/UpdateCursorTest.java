package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.store.SqliteStore;
import talkbot.store.Store;

class UpdateCursorTest {
    @TempDir
    Path dir;

    @Test
    void theMarkOnlyPassesUpdatesWhenEverythingBelowThemIsDone() {
        try (Store store = SqliteStore.open(dir)) {
            UpdateCursor cursor = new UpdateCursor(store, "c");
            assertThat(cursor.begin(10)).isTrue();
            assertThat(cursor.begin(11)).isTrue();
            assertThat(cursor.begin(12)).isTrue();

            cursor.done(12);
            assertThat(cursor.mark()).isEqualTo(9); // nothing below the first update in flight is outstanding
            cursor.done(10);
            assertThat(cursor.mark()).isEqualTo(10);
            assertThat(store.cursor("c")).hasValue(10);
            cursor.done(11);
            assertThat(cursor.mark()).isEqualTo(12);
            assertThat(store.cursor("c")).hasValue(12);
        }
    }

    @Test
    void anUpdateIsClaimedOnceAndNeverAgainAfterARestart() {
        try (Store store = SqliteStore.open(dir)) {
            UpdateCursor cursor = new UpdateCursor(store, "c");
            assertThat(cursor.begin(5)).isTrue();
            assertThat(cursor.begin(5)).isFalse();
            assertThat(cursor.begin(4)).isFalse();
            cursor.done(5);

            UpdateCursor restarted = new UpdateCursor(store, "c");
            assertThat(restarted.mark()).isEqualTo(5);
            assertThat(restarted.begin(5)).isFalse();
            assertThat(restarted.begin(3)).isFalse();
            assertThat(restarted.begin(6)).isTrue();
        }
    }

    @Test
    void anUpdateNotDoneBeforeARestartIsOfferedAgain() {
        try (Store store = SqliteStore.open(dir)) {
            UpdateCursor cursor = new UpdateCursor(store, "c");
            cursor.begin(7);
            cursor.begin(8);
            cursor.done(8);

            UpdateCursor restarted = new UpdateCursor(store, "c");
            assertThat(restarted.begin(7)).isTrue();
        }
    }
}
