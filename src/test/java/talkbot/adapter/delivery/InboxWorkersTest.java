package talkbot.adapter.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.store.Inbox;
import talkbot.store.SqliteStore;

class InboxWorkersTest {
    @TempDir
    Path dir;

    /** What the handler "sent": payloads in the order sent. */
    private final List<String> sent = new CopyOnWriteArrayList<>();

    private InboxWorkers.Limits limits(int ceiling) {
        return new InboxWorkers.Limits(3, ceiling, Duration.ofSeconds(10), dir, 0);
    }

    private InboxWorkers.Handler recorder() {
        return (item, sending) -> {
            sending.record();
            sent.add(item.payload());
            return InboxWorkers.SENT;
        };
    }

    private static List<Inbox.Arrival> burst(int n, int chats, String prefix) {
        List<Inbox.Arrival> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Inbox.Arrival(prefix + i, "chat" + (i % chats), "chat" + (i % chats) + " " + i));
        }
        return out;
    }

    @Test
    void aBurstIsAnsweredOnceEachAndEachChatInOrder() {
        try (SqliteStore store = SqliteStore.open(dir);
                InboxWorkers workers = new InboxWorkers("test", store.inbox("t"), recorder(), limits(5000))) {
            workers.start();
            List<Inbox.Arrival> arrivals = burst(2000, 13, "k");
            for (int i = 0; i < arrivals.size(); i += 50) {
                workers.accept(arrivals.subList(i, i + 50), null).join();
            }
            await().atMost(Duration.ofSeconds(60)).until(workers::idle);
            assertThat(sent).hasSize(2000).doesNotHaveDuplicates();
            Map<String, Integer> last = new ConcurrentHashMap<>();
            for (String s : sent) {
                String[] parts = s.split(" ");
                int n = Integer.parseInt(parts[1]);
                assertThat(n).as("order in %s", parts[0]).isGreaterThan(last.getOrDefault(parts[0], -1));
                last.put(parts[0], n);
            }
            assertThat(store.inbox("t").pending()).isEmpty();
        }
    }

    @Test
    void pastTheCeilingNewMessagesAreRefusedBeforeTheyAreTakenIn() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (SqliteStore store = SqliteStore.open(dir);
                InboxWorkers workers = new InboxWorkers("test", store.inbox("t"), (item, sending) -> {
                    release.await(30, TimeUnit.SECONDS);
                    return InboxWorkers.SENT;
                }, limits(10))) {
            workers.start();
            workers.accept(burst(10, 2, "a"), null).join();
            assertThatThrownBy(() -> workers.accept(burst(1, 1, "b"), null).get())
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(InboxWorkers.Refused.class)
                    .hasMessageContaining("TALKBOT_INBOX_LIMIT");
            assertThat(store.inbox("t").pending()).hasSize(10);
            release.countDown();
            await().atMost(Duration.ofSeconds(30)).until(workers::idle);
            assertThat(workers.accept(burst(1, 1, "b"), null).join()).hasSize(1);
        }
    }

    @Test
    void closeLeavesWhatWasNotStartedPendingAndTheNextStartAnswersItOnce() throws Exception {
        CountDownLatch inProgress = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        try (SqliteStore store = SqliteStore.open(dir)) {
            InboxWorkers workers = new InboxWorkers("test", store.inbox("t"), (item, sending) -> {
                inProgress.countDown();
                release.await(30, TimeUnit.SECONDS);
                sending.record();
                sent.add(item.payload());
                return InboxWorkers.SENT;
            }, new InboxWorkers.Limits(2, 1000, Duration.ofSeconds(30), dir, 0));
            workers.start();
            workers.accept(burst(100, 10, "k"), null).join();
            assertThat(inProgress.await(30, TimeUnit.SECONDS)).isTrue();
            Thread closer = new Thread(workers::close);
            closer.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> workers.room() == 0); // closing has begun (it takes no more)
            release.countDown();
            closer.join(30_000);
            assertThat(sent).hasSize(2); // the two in progress finished; nothing new was started
            assertThat(store.inbox("t").pending()).hasSize(98);

            try (InboxWorkers again = new InboxWorkers("test", store.inbox("t"), recorder(), limits(1000))) {
                again.start();
                await().atMost(Duration.ofSeconds(30)).until(again::idle);
            }
            assertThat(sent).hasSize(100).doesNotHaveDuplicates();
        }
    }

    @Test
    void anAnswerThatMayHaveGoneOutIsAnsweredAgainAndOneWrittenWholeIsNot() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Inbox inbox = store.inbox("t");
            List<Inbox.Item> items = inbox.accept(burst(4, 1, "k"), null).join();
            inbox.sending(items.get(0).id()).join(); // the process died here: sent or not, there is no telling
            inbox.sending(items.get(1).id(), Inbox.Part.ONLY, () -> true).join(); // ... and here, its request out whole
            try (InboxWorkers workers = new InboxWorkers("test", inbox, recorder(), limits(1000))) {
                workers.start();
                await().atMost(Duration.ofSeconds(30)).until(workers::idle);
            }
            assertThat(sent).containsExactly("chat0 0", "chat0 2", "chat0 3");
            assertThat(inbox.interrupted()).isEmpty();
            assertThat(inbox.pending()).isEmpty();
        }
    }

    @Test
    void anAnswerWhoseRequestWasHeldBackWhenTheProcessDiedIsAnsweredAgain() throws Exception {
        Path bootFile = Path.of("/proc/sys/kernel/random/boot_id");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(bootFile), "Linux tells its boots apart");
        String boot = java.nio.file.Files.readString(bootFile).strip();
        try (SqliteStore store = SqliteStore.open(dir)) {
            Inbox inbox = store.inbox("t");
            List<Inbox.Item> items = inbox.accept(burst(3, 1, "k"), null).join();
            // the process died while its "sending" record went to the disk, the last byte of its request not written
            setOutcome(store, items.get(0).id(), "sending", "held 0/1 " + boot);
            try (InboxWorkers workers = new InboxWorkers("test", inbox, recorder(), limits(1000))) {
                workers.start();
                await().atMost(Duration.ofSeconds(30)).until(workers::idle);
            }
            assertThat(sent).containsExactly("chat0 0", "chat0 1", "chat0 2");
            assertThat(inbox.interrupted()).isEmpty();
            assertThat(inbox.pending()).isEmpty();
        }
    }

    private static void setOutcome(SqliteStore store, long id, String state, String outcome) throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file());
                java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=5000");
            s.executeUpdate("UPDATE inbox SET state = '" + state + "', outcome = '" + outcome + "' WHERE id = " + id);
        }
    }

    /** A handler that sends each message's answer in three requests, each recorded through the gate's way. */
    private InboxWorkers.Handler inThree(java.util.function.IntPredicate beforeRequest) {
        return (item, sending) -> {
            for (int i = item.from(); i < 3; i++) {
                if (!beforeRequest.test(i)) {
                    throw new InterruptedException("stopped");
                }
                String request = item.payload() + " part " + i;
                sending.recordThen(new Inbox.Part(i, 3), () -> sent.add(request));
            }
            return InboxWorkers.SENT;
        };
    }

    @Test
    void anAnswerInSeveralRequestsCutShortGoesOnAfterTheLastOneWrittenWhole() throws Exception {
        try (SqliteStore store = SqliteStore.open(dir)) {
            Inbox inbox = store.inbox("t");
            List<Inbox.Item> items = inbox.accept(burst(1, 1, "k"), null).join();
            setOutcome(store, items.get(0).id(), "sending", "written 0/3"); // the first request was out when the process died
            try (InboxWorkers workers = new InboxWorkers("test", inbox, inThree(i -> true), limits(1000))) {
                workers.start();
                await().atMost(Duration.ofSeconds(30)).until(workers::idle);
            }
            assertThat(sent).containsExactly("chat0 0 part 1", "chat0 0 part 2");
        }
    }

    @Test
    void aRecordThatFailsMidAnswerIsTriedAgainFromItsRequestNotFromTheFirst() throws Exception {
        CountDownLatch firstOut = new CountDownLatch(1);
        CountDownLatch locked = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger retries = new java.util.concurrent.atomic.AtomicInteger();
        try (SqliteStore store = SqliteStore.open(dir);
                InboxWorkers workers = new InboxWorkers("test", store.inbox("t"), inThree(i -> {
                    if (i == 1 && tries.getAndIncrement() == 0) {
                        firstOut.countDown();
                        try {
                            return locked.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            return false;
                        }
                    }
                    if (locked.getCount() == 0) {
                        retries.incrementAndGet();
                    }
                    return true;
                }), limits(1000));
                java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + store.file());
                java.sql.Statement s = other.createStatement()) {
            workers.start();
            workers.accept(burst(1, 1, "k"), null).join();
            assertThat(firstOut.await(30, TimeUnit.SECONDS)).isTrue();
            s.execute("BEGIN IMMEDIATE"); // another process holds the write lock: the next record fails
            s.execute("INSERT INTO cursor (name, value) VALUES ('held-by-another-process', 1)");
            locked.countDown();
            await().atMost(Duration.ofSeconds(30)).until(() -> retries.get() >= 1); // the record failed, and it is tried again
            s.execute("ROLLBACK");
            await().atMost(Duration.ofSeconds(30)).until(workers::idle);
        }
        assertThat(sent).containsExactly("chat0 0 part 0", "chat0 0 part 1", "chat0 0 part 2");
    }
}
