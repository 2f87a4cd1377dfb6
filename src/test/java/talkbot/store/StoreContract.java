package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import talkbot.model.ChatRef;

/**
 * What every store promises, run against each backend: SQLite ({@link SqliteStoreContractTest})
 * and PostgreSQL ({@link PostgresStoreContractTest}). {@link #open()} opens a store on the test's
 * own state; calling it twice gives two processes' view of one state (two replicas, or a restart).
 */
abstract class StoreContract {
    static final ChatRef ALICE = new ChatRef("telegram", "1001");
    static final ChatRef CHANNEL = new ChatRef("slack", "C0001");
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    static final Instant AT = Instant.parse("2025-06-10T07:00:00Z");

    private final List<Store> opened = new ArrayList<>();

    /** A store on this test's state (a new process's view of it when called again). */
    abstract Store openStore();

    Store open() {
        Store s = openStore();
        opened.add(s);
        return s;
    }

    @AfterEach
    void closeAll() {
        for (Store s : opened) {
            try {
                s.close();
            } catch (RuntimeException ignored) {
                // closed by the test already
            }
        }
    }

    @Test
    void subscriptionsInTheOrderMadeAndKeptAcrossARestart() {
        Store store = open();
        assertThat(store.subscribe(CHANNEL)).isTrue();
        assertThat(store.subscribe(ALICE)).isTrue();
        assertThat(store.subscribe(CHANNEL)).isFalse();
        assertThat(store.subscriptions()).containsExactly(CHANNEL, ALICE);
        assertThat(store.unsubscribe(CHANNEL)).isTrue();
        assertThat(store.unsubscribe(CHANNEL)).isFalse();
        store.close();
        assertThat(open().subscriptions()).containsExactly(ALICE);
    }

    @Test
    void aDailyPostIsClaimedOnceAcrossProcessesAndConfirmedOrGivenBack() throws Exception {
        Store a = open();
        Store b = open();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Store s = i % 2 == 0 ? a : b;
                tries.add(() -> s.claimPost(ALICE, DAY, AT));
            }
            long won = 0;
            for (Future<Boolean> f : pool.invokeAll(tries)) {
                won += f.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(b.posted(ALICE, DAY)).as("a bare claim is not a post").isFalse();
        a.releasePost(ALICE, DAY);
        assertThat(b.claimPost(ALICE, DAY, AT)).as("given back, it can be claimed again").isTrue();
        b.recordPost(ALICE, DAY, AT, Set.of("a", "b"));
        a.releasePost(ALICE, DAY);
        assertThat(a.posted(ALICE, DAY)).as("a recorded post is not given back").isTrue();
        assertThat(a.claimPost(ALICE, DAY, AT)).isFalse();
        assertThat(a.articlesInLastPost(ALICE)).contains(Set.of("a", "b"));
        assertThat(a.articlesInLastPost(CHANNEL)).isEmpty();
        a.recordPost(ALICE, DAY.plusDays(1), AT.plusSeconds(86_400), Set.of());
        assertThat(b.articlesInLastPost(ALICE)).contains(Set.of());
    }

    @Test
    void aKeyIsSeenFirstOnceAcrossProcesses() {
        Store a = open();
        Store b = open();
        assertThat(a.firstSighting("slack-event", "Ev1")).isTrue();
        assertThat(b.firstSighting("slack-event", "Ev1")).isFalse();
        assertThat(b.firstSighting("other-scope", "Ev1")).isTrue();
    }

    @Test
    void cursorsAreSharedAndOverwritten() {
        Store a = open();
        Store b = open();
        assertThat(a.cursor("telegram.next_offset.1")).isEmpty();
        a.saveCursor("telegram.next_offset.1", 41);
        b.saveCursor("telegram.next_offset.1", 42);
        assertThat(a.cursor("telegram.next_offset.1")).isEqualTo(OptionalLong.of(42));
    }

    @Test
    void aRateWindowCountsUpToItsLimit() {
        Store store = open();
        Instant minute = Instant.parse("2025-06-10T07:01:00Z");
        assertThat(store.countHit("telegram:1", minute, 2)).isTrue();
        assertThat(store.countHit("telegram:1", minute, 2)).isTrue();
        assertThat(store.countHit("telegram:1", minute, 2)).isFalse();
        assertThat(store.countHit("telegram:2", minute, 2)).as("another chat").isTrue();
        assertThat(store.countHit("telegram:1", minute.plusSeconds(60), 2)).as("the next minute").isTrue();
    }

    @Test
    void theInboxTakesAKeyOnceAndSavesTheMarkWithIt() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("telegram");
        List<Inbox.Item> first = inbox.accept(List.of(new Inbox.Arrival("7", "c1", "{\"n\":7}"),
                new Inbox.Arrival("8", "c2", "{\"n\":8}")), new Inbox.Mark("offset", 9)).get(10, TimeUnit.SECONDS);
        assertThat(first).extracting(Inbox.Item::payload).containsExactly("{\"n\":7}", "{\"n\":8}");
        assertThat(first.get(0).id()).isLessThan(first.get(1).id());
        assertThat(a.cursor("offset")).isEqualTo(OptionalLong.of(9));
        Store b = open();
        assertThat(b.inbox("telegram").accept(List.of(new Inbox.Arrival("7", "c1", "again")), null)
                .get(10, TimeUnit.SECONDS)).as("a repeated key, in another process too").isEmpty();
        assertThat(a.inbox("slack").accept(List.of(new Inbox.Arrival("7", "c1", "slack's 7")), null)
                .get(10, TimeUnit.SECONDS)).as("another platform's key").hasSize(1);
    }

    @Test
    void whatAStoppedProcessLeftIsPickedUpPendingOrInterrupted() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("slack");
        List<Inbox.Item> items = inbox.accept(List.of(new Inbox.Arrival("Ev1", "C1", "one"),
                new Inbox.Arrival("Ev2", "C2", "two"), new Inbox.Arrival("Ev3", "C3", "three")), null)
                .get(10, TimeUnit.SECONDS);
        inbox.sending(items.get(1).id()).get(10, TimeUnit.SECONDS);
        inbox.sending(items.get(2).id()).get(10, TimeUnit.SECONDS);
        inbox.done(items.get(2).id(), "sent").get(10, TimeUnit.SECONDS);
        a.close();
        Store restarted = open();
        Inbox again = restarted.inbox("slack");
        assertThat(again.pending()).extracting(Inbox.Item::payload).containsExactly("one");
        assertThat(again.interrupted()).extracting(Inbox.Item::payload).containsExactly("two");
    }

    @Test
    void theStoreSaysItIsSound() {
        Store store = open();
        assertThat(store.problem()).isEmpty();
        assertThat(store.describe()).isNotBlank();
        assertThat(store.tryLead("role")).isPresent();
    }
}
