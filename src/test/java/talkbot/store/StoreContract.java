package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
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
import java.util.function.BooleanSupplier;
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

    /**
     * A store on this test's state as a process sees it after what keeps the inbox's notes
     * restarted (the machine for a SQLite file, the database server for PostgreSQL), so that a note
     * made after a synced one may have been lost.
     */
    abstract Store openStoreAfterARestartOfTheNoteKeeper();

    /** From here on, {@code store}'s inbox cannot note a request {@code phase} ("released", "written"): as if its process died right there. */
    abstract void refuseNotes(Store store, String phase) throws Exception;

    /** An inbox row as "STATE OUTCOME" ("-" for no outcome), read beside the store. */
    abstract String inboxRow(long id) throws Exception;

    /** Runs SQL on the test's state beside the store. */
    abstract void sql(String statement) throws Exception;

    Store openAfterARestartOfTheNoteKeeper() {
        Store s = openStoreAfterARestartOfTheNoteKeeper();
        opened.add(s);
        return s;
    }

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
    void onlyAStoreThatReplicasShareKeepsTheArticlesAddedWhileBotsRun() {
        Store store = open();
        assertThat(store.articles().isPresent()).isEqualTo(store.shared());
    }

    @Test
    void theStoreSaysItIsSound() {
        Store store = open();
        assertThat(store.problem()).isEmpty();
        assertThat(store.describe()).isNotBlank();
        assertThat(store.tryLead("role")).isPresent();
    }

    // --- votes ---

    static Feedback.Vote vote(String answer, String voter, boolean up, Instant at) {
        return new Feedback.Vote(answer, voter, up, "Who leads China's delegation?", "He Lifeng",
                "He Lifeng leads the China delegation.", "who", 0.94, "telegram", at);
    }

    @Test
    void aVoteIsKeptOncePerVoterAndAnswerAcrossProcesses() {
        Store a = open();
        Store b = open();
        assertThat(a.feedback().record(vote("a1", "v1", false, AT))).isTrue();
        assertThat(b.feedback().record(vote("a1", "v1", true, AT.plusSeconds(5)))).as("once per voter").isFalse();
        assertThat(b.feedback().record(vote("a1", "v2", true, AT))).as("another voter").isTrue();
        a.close();
        Store restarted = open();
        assertThat(restarted.feedback().votes()).extracting(Feedback.Vote::voter, Feedback.Vote::up)
                .containsExactly(tuple("v1", false), tuple("v2", true));
        assertThat(restarted.feedback().votes().get(0)).isEqualTo(vote("a1", "v1", false, AT));
    }

    @Test
    void downVotesComeFirstNewestFirstAndOldOnesAreForgotten() {
        Feedback f = open().feedback();
        f.record(vote("up-old", "v", true, AT));
        f.record(vote("down-old", "v", false, AT));
        f.record(vote("up-new", "v", true, AT.plusSeconds(60)));
        f.record(vote("down-new", "v", false, AT.plusSeconds(60)));
        assertThat(f.votes()).extracting(Feedback.Vote::answerId)
                .containsExactly("down-new", "down-old", "up-new", "up-old");
        assertThat(f.forget(AT.plusSeconds(30))).isEqualTo(2);
        assertThat(f.votes()).extracting(Feedback.Vote::answerId).containsExactly("down-new", "up-new");
    }

    // --- the feed poller's state ---

    @Test
    void aFeedsValidatorsAndSeenEntriesAreKeptAcrossProcesses() {
        URI feed = URI.create("https://news.example/trade.rss");
        URI other = URI.create("https://news.example/world.rss");
        FeedState a = open().feedState();
        assertThat(a.validators(feed)).isEqualTo(FeedState.Validators.NONE);
        a.saveValidators(feed, new FeedState.Validators("\"v1\"", "Tue, 10 Jun 2025 07:00:00 GMT"), AT);
        a.saveValidators(feed, new FeedState.Validators("\"v2\"", null), AT.plusSeconds(900));
        a.markSeen(feed, "entry-1", "added 2025-06-10-london", AT);
        a.markSeen(feed, "entry-2", "off topic", AT.plusSeconds(3600));
        a.markSeen(feed, "entry-2", "off topic again", AT.plusSeconds(3600));
        FeedState b = open().feedState();
        assertThat(b.validators(feed)).isEqualTo(new FeedState.Validators("\"v2\"", null));
        assertThat(b.validators(other)).isEqualTo(FeedState.Validators.NONE);
        assertThat(b.seen(feed, "entry-1")).isTrue();
        assertThat(b.seen(other, "entry-1")).as("another feed's entry").isFalse();
        b.forgetBefore(AT.plusSeconds(60));
        assertThat(a.seen(feed, "entry-1")).isFalse();
        assertThat(a.seen(feed, "entry-2")).isTrue();
    }

    // --- the inbox's send marks (held, released, written) and what a start makes of them ---

    private static final BooleanSupplier WRITTEN = () -> true;

    private static long take(Inbox inbox, String key) throws Exception {
        return inbox.accept(List.of(new Inbox.Arrival(key, "x", "{\"q\":\"" + key + "\"}")), null)
                .get(10, TimeUnit.SECONDS).get(0).id();
    }

    @Test
    void aRequestHeldBackWhenItsProcessStoppedIsAnsweredAgain() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("telegram");
        long id = take(inbox, "1");
        refuseNotes(a, "released");
        List<String> finished = new ArrayList<>();
        assertThatThrownBy(() -> inbox.sending(id, Inbox.Part.ONLY, () -> finished.add("last byte")).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(StoreException.class).hasMessageContaining("no note of released");
        assertThat(finished).as("the request was never completed").isEmpty();
        assertThat(inboxRow(id)).startsWith("sending held 0/1");
        a.close();
        Store restarted = open();
        assertThat(restarted.inbox("slack").recover()).as("another platform's are its own").isEqualTo(new Inbox.Recovery(0, 0, 0));
        Inbox again = restarted.inbox("telegram");
        assertThat(again.recover()).isEqualTo(new Inbox.Recovery(1, 0, 0));
        assertThat(again.interrupted()).isEmpty();
        assertThat(again.pending()).extracting(Inbox.Item::id, Inbox.Item::from).containsExactly(tuple(id, 0));
        assertThat(again.recover()).isEqualTo(new Inbox.Recovery(0, 0, 0));
    }

    @Test
    void afterARestartOfWhatKeepsTheNotesAHeldRequestIsUncertainAndAnsweredAgain() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("telegram");
        long id = take(inbox, "1");
        refuseNotes(a, "released");
        assertThatThrownBy(() -> inbox.sending(id, Inbox.Part.ONLY, WRITTEN).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(StoreException.class);
        a.close();
        Inbox again = openAfterARestartOfTheNoteKeeper().inbox("telegram");
        assertThat(again.recover()).isEqualTo(new Inbox.Recovery(0, 1, 0));
        assertThat(again.pending()).extracting(Inbox.Item::id).containsExactly(id);
    }

    @Test
    void theLastByteGoesBetweenTheNoteOfReleaseAndTheNoteOfWritingAndAWrittenAnswerCountsAsSent() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("slack");
        long id = take(inbox, "1");
        List<String> seen = new ArrayList<>();
        inbox.sending(id, Inbox.Part.ONLY, () -> {
            try {
                seen.add(inboxRow(id)); // what a process killed right now would leave
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return true;
        }).get(10, TimeUnit.SECONDS);
        assertThat(seen).containsExactly("sending released 0/1");
        assertThat(inboxRow(id)).isEqualTo("sending written 0/1");
        a.close();
        Inbox again = open().inbox("slack");
        assertThat(again.recover()).isEqualTo(new Inbox.Recovery(0, 0, 1));
        assertThat(again.pending()).isEmpty();
        assertThat(again.interrupted()).isEmpty();
        assertThat(inboxRow(id)).isEqualTo("done sent");
    }

    @Test
    void aRequestStoppedBetweenItsNotesOrSentWithoutAGateIsUncertainAndAnsweredAgainInItsChatsOrder() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("slack");
        long unwritten = take(inbox, "1");
        long plain = take(inbox, "2");
        long legacy = take(inbox, "3");
        inbox.sending(unwritten, Inbox.Part.ONLY, () -> false).get(10, TimeUnit.SECONDS); // the last byte could not be written
        inbox.sending(plain).get(10, TimeUnit.SECONDS); // no gate: the caller sends once this returns
        inbox.sending(legacy).get(10, TimeUnit.SECONDS);
        a.close();
        sql("UPDATE inbox SET outcome = NULL WHERE id = " + legacy); // as builds before the marks left it
        assertThat(inboxRow(unwritten)).isEqualTo("sending released 0/1");
        assertThat(inboxRow(plain)).isEqualTo("sending released 0/1");
        Inbox again = open().inbox("slack");
        assertThat(again.recover()).isEqualTo(new Inbox.Recovery(0, 3, 0));
        List<Long> pending = new ArrayList<>();
        for (int round = 0; round < 3 && pending.size() < 3; round++) {
            again.pending().forEach(i -> pending.add(i.id()));
        }
        assertThat(pending).containsExactly(unwritten, plain, legacy);
    }

    @Test
    void anAnswerInSeveralRequestsGoesOnFromTheOneUnderWay() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("telegram");
        long firstOut = take(inbox, "1");
        long secondHeld = take(inbox, "2");
        long allOut = take(inbox, "3");
        inbox.sending(firstOut, new Inbox.Part(0, 3), WRITTEN).get(10, TimeUnit.SECONDS);
        inbox.sending(secondHeld, new Inbox.Part(0, 2), WRITTEN).get(10, TimeUnit.SECONDS);
        inbox.sending(allOut, new Inbox.Part(0, 2), WRITTEN).get(10, TimeUnit.SECONDS);
        inbox.sending(allOut, new Inbox.Part(1, 2), WRITTEN).get(10, TimeUnit.SECONDS);
        refuseNotes(a, "released");
        assertThatThrownBy(() -> inbox.sending(secondHeld, new Inbox.Part(1, 2), WRITTEN).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(StoreException.class);
        a.close();
        Inbox again = open().inbox("telegram");
        assertThat(again.recover()).isEqualTo(new Inbox.Recovery(2, 0, 1));
        List<Inbox.Item> pending = new ArrayList<>();
        for (int round = 0; round < 2 && pending.size() < 2; round++) {
            pending.addAll(again.pending());
        }
        assertThat(pending).extracting(Inbox.Item::id, Inbox.Item::from)
                .containsExactly(tuple(firstOut, 1), tuple(secondHeld, 1));
    }

    @Test
    void aRequestTakenBackGoesOnFromItsPart() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("telegram");
        long id = take(inbox, "1");
        inbox.sending(id, new Inbox.Part(2, 3), WRITTEN).get(10, TimeUnit.SECONDS);
        inbox.release(id, 2).get(10, TimeUnit.SECONDS); // nothing came back for the third message: it is tried again
        assertThat(inboxRow(id)).isEqualTo("pending from 2");
        a.close();
        Store b = open();
        assertThat(b.inbox("telegram").pending()).extracting(Inbox.Item::from).containsExactly(2);
        b.inbox("telegram").sending(id, new Inbox.Part(0, 1), WRITTEN).get(10, TimeUnit.SECONDS);
        b.inbox("telegram").release(id).get(10, TimeUnit.SECONDS);
        assertThat(inboxRow(id)).isEqualTo("pending -");
    }

    @Test
    void aFailedNoteOfWritingLeavesTheSendStandingAndTheRequestUncertain() throws Exception {
        Store a = open();
        Inbox inbox = a.inbox("telegram");
        long id = take(inbox, "1");
        refuseNotes(a, "written");
        List<String> finished = new ArrayList<>();
        inbox.sending(id, Inbox.Part.ONLY, () -> finished.add("last byte")).get(10, TimeUnit.SECONDS); // the request is out: no failure
        assertThat(finished).containsExactly("last byte");
        assertThat(inboxRow(id)).isEqualTo("sending released 0/1");
    }
}
