package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteInboxTest {
    @TempDir
    Path dir;

    private static Inbox.Arrival arrival(String key, String chat) {
        return new Inbox.Arrival(key, chat, "{\"q\":\"" + key + "\"}");
    }

    @Test
    void aKeyIsTakenInOnceAndTheMarkIsSavedWithIt() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Inbox inbox = store.inbox("slack");
            List<Inbox.Item> first = inbox.accept(List.of(arrival("Ev1", "C1"), arrival("Ev2", "C2")),
                    new Inbox.Mark("next", 7)).join();
            assertThat(first).extracting(Inbox.Item::chat).containsExactly("C1", "C2");
            assertThat(first.get(0).id()).isLessThan(first.get(1).id());

            List<Inbox.Item> again = inbox.accept(List.of(arrival("Ev1", "C1"), arrival("Ev3", "C1")), null).join();
            assertThat(again).extracting(Inbox.Item::payload).containsExactly("{\"q\":\"Ev3\"}");
            assertThat(store.cursor("next")).hasValue(7);
            // another platform's keys are its own
            assertThat(store.inbox("telegram").accept(List.of(arrival("Ev1", "C1")), null).join()).hasSize(1);
        }
    }

    @Test
    void pendingSendingAndDoneSurviveAReopen() {
        long a;
        long b;
        try (SqliteStore store = SqliteStore.open(dir)) {
            Inbox inbox = store.inbox("telegram");
            List<Inbox.Item> items = inbox.accept(List.of(arrival("1", "x"), arrival("2", "x"), arrival("3", "y")), null).join();
            a = items.get(0).id();
            b = items.get(1).id();
            inbox.sending(a).join();
            inbox.done(a, "sent").join();
            inbox.sending(b).join();
        }
        try (SqliteStore store = SqliteStore.open(dir)) {
            Inbox inbox = store.inbox("telegram");
            assertThat(inbox.pending()).extracting(Inbox.Item::payload).containsExactly("{\"q\":\"3\"}");
            assertThat(inbox.interrupted()).extracting(Inbox.Item::id).containsExactly(b);
            inbox.release(b).join();
            assertThat(inbox.pending()).hasSize(2);
            assertThat(inbox.interrupted()).isEmpty();
        }
    }

    @Test
    void concurrentWritersShareCommitsAndEveryOneLands() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Inbox inbox = store.inbox("slack");
            List<CompletableFuture<List<Inbox.Item>>> all = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                all.add(inbox.accept(List.of(arrival("Ev" + i, "C" + (i % 7))), null));
            }
            all.forEach(CompletableFuture::join);
            assertThat(inbox.pending()).hasSize(500);
        }
    }

    @Test
    void aFullDiskFailsTheWholeBatchNamingTheCauseAndLeavesNothingHalfWritten() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Inbox inbox = store.inbox("slack");
            inbox.accept(List.of(arrival("first", "C1")), null).join();
            Connection c = store.inboxConnection();
            long pages;
            try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA page_count")) {
                rs.next();
                pages = rs.getLong(1);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            }
            List<Inbox.Arrival> big = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                big.add(new Inbox.Arrival("big" + i, "C1", "x".repeat(2000)));
            }
            assertThatThrownBy(() -> inbox.accept(big, new Inbox.Mark("m", 1)).get())
                    .isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(StoreException.class)
                    .hasMessageContaining("the disk is full")
                    .hasMessageNotContaining("no transaction is active")
                    .satisfies(e -> assertThat(((StoreException) e).fault()).isEqualTo(StoreException.Fault.FULL));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA max_page_count = 1073741823");
            }
            assertThat(inbox.pending()).hasSize(1);
            assertThat(store.cursor("m")).isEmpty();
            // and it takes writes again once there is room
            assertThat(inbox.accept(List.of(arrival("after", "C1")), null).join()).hasSize(1);
        }
    }

    @Test
    void aLockHeldByAnotherProcessFailsFastAsLocked() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir); Connection other = SqliteStoreTest.connect(dir);
                Statement s = other.createStatement()) {
            Inbox inbox = store.inbox("slack");
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO cursor (name, value) VALUES ('held', 1)");
            assertThatThrownBy(() -> inbox.accept(List.of(arrival("Ev1", "C1")), null).get())
                    .cause().isInstanceOf(StoreException.class)
                    .hasMessageContaining("locked by another process");
            s.execute("ROLLBACK");
            assertThat(inbox.accept(List.of(arrival("Ev1", "C1")), null).join()).hasSize(1);
        }
    }

    static final String BOOT = "0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0";
    static final String REBOOTED = "f0e9d8c7-b6a5-9483-7261-504f3e2d1c0b";

    /** From here on, the inbox cannot note a request {@code phase} ("released", "written"): as if the process died right there. */
    private static void noNote(SqliteStore store, String phase) throws Exception {
        try (Statement s = store.inboxConnection().createStatement()) {
            s.execute("CREATE TEMP TRIGGER no_" + phase + " BEFORE UPDATE OF outcome ON inbox WHEN NEW.outcome LIKE '"
                    + phase + " %' BEGIN SELECT RAISE(ABORT, 'no note of " + phase + " in this test'); END");
        }
    }

    private static String outcomeOf(Path dir, long id) throws Exception {
        try (Connection c = SqliteStoreTest.connect(dir); Statement s = c.createStatement();
                java.sql.ResultSet rs = s.executeQuery("SELECT state || ' ' || coalesce(outcome, '-') FROM inbox WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long take(Inbox inbox, String key) {
        return inbox.accept(List.of(arrival(key, "x")), null).join().get(0).id();
    }

    private static final java.util.function.BooleanSupplier WRITTEN = () -> true;

    @Test
    void aRequestHeldBackWhenTheProcessStoppedIsAnsweredAgainOnTheSameBoot() throws Exception {
        long id;
        List<String> finished = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("telegram");
            id = take(inbox, "1");
            noNote(store, "released");
            assertThatThrownBy(() -> inbox.sending(id, Inbox.Part.ONLY, () -> finished.add("last byte")).get())
                    .cause().isInstanceOf(StoreException.class).hasMessageContaining("no note of released");
        }
        assertThat(finished).as("the request was never completed").isEmpty();
        assertThat(outcomeOf(dir, id)).isEqualTo("sending held 0/1 " + BOOT);
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("telegram");
            assertThat(store.inbox("slack").recover()).isEqualTo(new Inbox.Recovery(0, 0, 0)); // another platform's are its own
            assertThat(inbox.recover()).isEqualTo(new Inbox.Recovery(1, 0, 0));
            assertThat(inbox.interrupted()).isEmpty();
            assertThat(inbox.pending()).extracting(Inbox.Item::id, Inbox.Item::from).containsExactly(org.assertj.core.groups.Tuple.tuple(id, 0));
            assertThat(inbox.recover()).isEqualTo(new Inbox.Recovery(0, 0, 0));
        }
    }

    @Test
    void afterARebootOrWithoutABootIdAHeldRequestIsUncertainAndAnsweredAgain() throws Exception {
        long id;
        long unknown;
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("telegram");
            id = take(inbox, "1");
            noNote(store, "released");
            assertThatThrownBy(() -> inbox.sending(id, Inbox.Part.ONLY, WRITTEN).get()).cause().isInstanceOf(StoreException.class);
        }
        try (SqliteStore store = SqliteStore.open(dir, REBOOTED)) {
            Inbox inbox = store.inbox("telegram");
            assertThat(inbox.recover()).isEqualTo(new Inbox.Recovery(0, 1, 0));
            assertThat(inbox.pending()).extracting(Inbox.Item::id).containsExactly(id);
        }
        try (SqliteStore store = SqliteStore.open(dir, null)) { // a machine whose boots cannot be told apart
            Inbox inbox = store.inbox("slack");
            unknown = take(inbox, "2");
            noNote(store, "released");
            assertThatThrownBy(() -> inbox.sending(unknown, Inbox.Part.ONLY, WRITTEN).get()).cause().isInstanceOf(StoreException.class);
        }
        assertThat(outcomeOf(dir, unknown)).isEqualTo("sending held 0/1");
        try (SqliteStore store = SqliteStore.open(dir, null)) {
            assertThat(store.inbox("slack").recover()).isEqualTo(new Inbox.Recovery(0, 1, 0));
        }
    }

    @Test
    void theLastByteGoesBetweenTheNoteOfReleaseAndTheNoteOfWritingAndAWrittenAnswerCountsAsSent() throws Exception {
        long id;
        List<String> seen = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("slack");
            id = take(inbox, "1");
            inbox.sending(id, Inbox.Part.ONLY, () -> {
                try {
                    seen.add(outcomeOf(dir, id)); // what a process killed right now would leave
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return true;
            }).join();
        }
        assertThat(seen).containsExactly("sending released 0/1");
        assertThat(outcomeOf(dir, id)).isEqualTo("sending written 0/1");
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("slack");
            assertThat(inbox.recover()).isEqualTo(new Inbox.Recovery(0, 0, 1));
            assertThat(inbox.pending()).isEmpty();
            assertThat(inbox.interrupted()).isEmpty();
        }
        assertThat(outcomeOf(dir, id)).isEqualTo("done sent");
    }

    @Test
    void aRequestStoppedBetweenItsNotesOrSentWithoutAGateIsUncertainAndAnsweredAgain() throws Exception {
        long unwritten;
        long plain;
        long legacy;
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("slack");
            unwritten = take(inbox, "1");
            plain = take(inbox, "2");
            legacy = take(inbox, "3");
            inbox.sending(unwritten, Inbox.Part.ONLY, () -> false).join(); // the last byte could not be written
            inbox.sending(plain).join(); // no gate: the caller sends once this returns
        }
        try (Connection c = SqliteStoreTest.connect(dir); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE inbox SET state = 'sending', outcome = NULL WHERE id = " + legacy); // as builds before the marks left it
        }
        assertThat(outcomeOf(dir, unwritten)).isEqualTo("sending released 0/1");
        assertThat(outcomeOf(dir, plain)).isEqualTo("sending released 0/1");
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("slack");
            assertThat(inbox.recover()).isEqualTo(new Inbox.Recovery(0, 3, 0));
            assertThat(inbox.pending()).extracting(Inbox.Item::id).containsExactly(unwritten, plain, legacy);
        }
    }

    @Test
    void anAnswerInSeveralRequestsGoesOnFromTheOneUnderWay() throws Exception {
        long firstOut;
        long secondHeld;
        long allOut;
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("telegram");
            firstOut = take(inbox, "1");
            secondHeld = take(inbox, "2");
            allOut = take(inbox, "3");
            inbox.sending(firstOut, new Inbox.Part(0, 3), WRITTEN).join();
            inbox.sending(secondHeld, new Inbox.Part(0, 2), WRITTEN).join();
            inbox.sending(allOut, new Inbox.Part(0, 2), WRITTEN).join();
            inbox.sending(allOut, new Inbox.Part(1, 2), WRITTEN).join();
            noNote(store, "released");
            assertThatThrownBy(() -> inbox.sending(secondHeld, new Inbox.Part(1, 2), WRITTEN).get())
                    .cause().isInstanceOf(StoreException.class);
        }
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("telegram");
            assertThat(inbox.recover()).isEqualTo(new Inbox.Recovery(2, 0, 1));
            assertThat(inbox.pending()).extracting(Inbox.Item::id, Inbox.Item::from).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(firstOut, 1), org.assertj.core.groups.Tuple.tuple(secondHeld, 1));
        }
    }

    @Test
    void aRequestTakenBackGoesOnFromItsPart() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("telegram");
            long id = take(inbox, "1");
            inbox.sending(id, new Inbox.Part(2, 3), WRITTEN).join();
            inbox.release(id, 2).join(); // nothing came back for the third message: it is tried again
            assertThat(inbox.pending()).extracting(Inbox.Item::from).containsExactly(2);
            assertThat(outcomeOf(dir, id)).isEqualTo("pending from 2");
            inbox.sending(id, new Inbox.Part(0, 1), WRITTEN).join();
            inbox.release(id).join();
            assertThat(inbox.pending()).extracting(Inbox.Item::from).containsExactly(0);
        }
    }

    @Test
    void aFailedNoteOfWritingLeavesTheSendStandingAndTheRequestUncertain() throws Exception {
        long id;
        List<String> finished = new ArrayList<>();
        try (SqliteStore store = SqliteStore.open(dir, BOOT)) {
            Inbox inbox = store.inbox("telegram");
            id = take(inbox, "1");
            noNote(store, "written");
            inbox.sending(id, Inbox.Part.ONLY, () -> finished.add("last byte")).join(); // the request is out: no failure
        }
        assertThat(finished).containsExactly("last byte");
        assertThat(outcomeOf(dir, id)).isEqualTo("sending released 0/1");
    }
}
