package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract on PostgreSQL (one embedded server per test JVM, a database per test), and
 * what only a shared store does: replicas claiming the inbox's messages, each chat in order,
 * leases that lapse when a replica dies, one leader at a time.
 */
class PostgresStoreContractTest extends StoreContract {
    DatabaseConfig db;

    @BeforeEach
    void database() {
        db = TestPostgres.freshDatabase();
    }

    @Override
    Store openStore() {
        return PostgresStore.open(db);
    }

    @Override
    Store openStoreAfterARestartOfTheNoteKeeper() {
        return PostgresStore.open(db, "a-later-run-of-the-server");
    }

    @Override
    void refuseNotes(Store store, String phase) {
        TestPostgres.execute(db, "CREATE FUNCTION no_note_" + phase + "() RETURNS trigger AS $$ BEGIN"
                + " IF NEW.outcome LIKE '" + phase + " %' THEN RAISE EXCEPTION 'no note of " + phase + " in this test';"
                + " END IF; RETURN NEW; END $$ LANGUAGE plpgsql");
        TestPostgres.execute(db, "CREATE TRIGGER no_" + phase + " BEFORE UPDATE OF outcome ON inbox FOR EACH ROW"
                + " EXECUTE FUNCTION no_note_" + phase + "()");
    }

    @Override
    String inboxRow(long id) {
        return TestPostgres.queryString(db, "SELECT state || ' ' || coalesce(outcome, '-') FROM inbox WHERE id = " + id);
    }

    @Override
    void sql(String statement) {
        TestPostgres.execute(db, statement);
    }

    @Test
    void aReplicasMessagesAreNotTakenWhileItLivesAndAreOnceItsLeaseLapses() throws Exception {
        Store a = open();
        Store b = open();
        List<Inbox.Item> held = a.inbox("slack").accept(List.of(new Inbox.Arrival("Ev1", "C1", "one"),
                new Inbox.Arrival("Ev2", "C2", "two")), null).get(10, TimeUnit.SECONDS);
        assertThat(held).hasSize(2);
        a.inbox("slack").sending(held.get(1).id()).get(10, TimeUnit.SECONDS);
        assertThat(b.inbox("slack").pending()).as("held by a live replica").isEmpty();
        assertThat(b.inbox("slack").interrupted()).isEmpty();
        TestPostgres.execute(db, "UPDATE inbox SET lease_until = now() - interval '1 second'"); // a died
        assertThat(b.inbox("slack").pending()).extracting(Inbox.Item::payload).containsExactly("one");
        assertThat(b.inbox("slack").interrupted()).extracting(Inbox.Item::payload).containsExactly("two");
        assertThat(open().inbox("slack").pending()).as("b holds them now").isEmpty();
    }

    @Test
    void aReplicaThatStopsLetsGoOfItsPendingMessagesAtOnce() throws Exception {
        Store a = open();
        Store b = open();
        a.inbox("telegram").accept(List.of(new Inbox.Arrival("1", "c", "one")), null).get(10, TimeUnit.SECONDS);
        a.close();
        assertThat(b.inbox("telegram").pending()).extracting(Inbox.Item::payload).containsExactly("one");
    }

    @Test
    void aChatsNextMessageWaitsUntilAnotherReplicaHasAnsweredItsEarlierOne() throws Exception {
        Store a = open();
        Store b = open();
        Inbox.Item first = a.inbox("slack").accept(List.of(new Inbox.Arrival("Ev1", "C1", "first")), null)
                .get(10, TimeUnit.SECONDS).get(0);
        assertThat(b.inbox("slack").accept(List.of(new Inbox.Arrival("Ev2", "C1", "second"),
                new Inbox.Arrival("Ev3", "C9", "other chat")), null).get(10, TimeUnit.SECONDS))
                .as("C1's second message waits; another chat's does not")
                .extracting(Inbox.Item::payload).containsExactly("other chat");
        assertThat(b.inbox("slack").pending()).as("C1's first is still being answered").isEmpty();
        a.inbox("slack").done(first.id(), "sent").get(10, TimeUnit.SECONDS);
        assertThat(b.inbox("slack").pending()).extracting(Inbox.Item::payload).containsExactly("second");
    }

    @Test
    void replicasClaimingAtOnceNeverTakeTheSameMessage() throws Exception {
        Store a = open();
        List<Inbox.Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            arrivals.add(new Inbox.Arrival("k" + i, "chat" + i, "m" + i));
        }
        a.inbox("slack").accept(arrivals, null).get(30, TimeUnit.SECONDS);
        a.close(); // lets go of all 300
        List<Store> replicas = List.of(open(), open(), open());
        List<CompletableFuture<List<Inbox.Item>>> claims = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (Store r : replicas) {
                claims.add(CompletableFuture.supplyAsync(() -> r.inbox("slack").pending()));
            }
        }
        Set<Long> ids = new HashSet<>();
        int total = 0;
        for (CompletableFuture<List<Inbox.Item>> c : claims) {
            for (Inbox.Item item : c.get(30, TimeUnit.SECONDS)) {
                ids.add(item.id());
                total++;
            }
        }
        assertThat(total).as("no message claimed twice").isEqualTo(ids.size()).isEqualTo(300);
    }

    @Test
    void oneLeaderAtATimeAndTheRolePassesWhenItsHolderGoes() {
        Store a = open();
        Store b = open();
        Optional<Leadership.Lead> lead = a.tryLead("telegram-poller");
        assertThat(lead).isPresent();
        assertThat(lead.get().held()).isTrue();
        assertThat(b.tryLead("telegram-poller")).isEmpty();
        assertThat(b.tryLead("another-role")).isPresent();
        lead.get().close();
        assertThat(lead.get().held()).isFalse();
        assertThat(b.tryLead("telegram-poller")).isPresent();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsSaidInOneLineWithoutThePassword() {
        DatabaseConfig nowhere = new DatabaseConfig("jdbc:postgresql://127.0.0.1:1/none", "bot", "hunter2-secret");
        assertThatThrownBy(() -> PostgresStore.open(nowhere))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to postgresql://127.0.0.1:1/none: ")
                .hasMessageNotContaining("hunter2")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aLiveReplicasSendsAreLeftAloneAndADeadOnesAreSortedOnceItsLeaseLapses() throws Exception {
        Store a = open();
        Store b = open();
        long id = a.inbox("telegram").accept(List.of(new Inbox.Arrival("1", "c", "one")), null)
                .get(10, TimeUnit.SECONDS).get(0).id();
        a.inbox("telegram").sending(id, Inbox.Part.ONLY, () -> false).get(10, TimeUnit.SECONDS); // stopped at its last byte
        assertThat(b.inbox("telegram").recover()).as("a is alive").isEqualTo(new Inbox.Recovery(0, 0, 0));
        assertThat(a.inbox("telegram").recover()).as("nor its own sends under way").isEqualTo(new Inbox.Recovery(0, 0, 0));
        assertThat(TestPostgres.queryString(db, "SELECT state FROM inbox WHERE id = " + id)).isEqualTo("sending");
        TestPostgres.execute(db, "UPDATE inbox SET lease_until = now() - interval '1 second'"); // a died
        assertThat(b.inbox("telegram").recover()).isEqualTo(new Inbox.Recovery(0, 1, 0));
        assertThat(b.inbox("telegram").pending()).extracting(Inbox.Item::id).containsExactly(id);
    }

    @Test
    void aChatsLaterMessageWaitsWhileAnotherReplicaIsClaimingItsEarlierOne() throws Exception {
        Store a = open();
        a.inbox("slack").accept(List.of(new Inbox.Arrival("Ev1", "C1", "first"), new Inbox.Arrival("Ev2", "C1", "second"),
                new Inbox.Arrival("Ev3", "C2", "other chat")), null).get(10, TimeUnit.SECONDS);
        a.close(); // lets go of all three
        Store b = open();
        try (Connection other = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = other.createStatement()) {
            other.setAutoCommit(false);
            s.executeQuery("SELECT id FROM inbox WHERE key = 'Ev1' FOR UPDATE").close(); // another replica claiming it
            assertThat(b.inbox("slack").pending()).extracting(Inbox.Item::payload).containsExactly("other chat");
            other.rollback();
        }
        assertThat(b.inbox("slack").pending()).extracting(Inbox.Item::payload).containsExactly("first", "second");
    }

    @Test
    void ofReplicasPublishingOneUrlAtOnceOneKeepsItAndArticlesComeInTheOrderKept() throws Exception {
        List<Store> replicas = List.of(open(), open(), open());
        List<CompletableFuture<Articles.Claim>> claims = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Articles a = replicas.get(i % 3).articles().orElseThrow();
            String id = "framework-" + i;
            claims.add(CompletableFuture.supplyAsync(() -> a.publish(id, "news.example/world/framework", "title=F\n", "text\n")));
        }
        long stored = 0;
        for (CompletableFuture<Articles.Claim> c : claims) {
            Articles.Claim claim = c.get(30, TimeUnit.SECONDS);
            stored += claim.kind() == Articles.Claim.Kind.STORED ? 1 : 0;
            assertThat(claim.kind()).isIn(Articles.Claim.Kind.STORED, Articles.Claim.Kind.SAME_URL);
        }
        assertThat(stored).isEqualTo(1);
        Articles a = replicas.get(0).articles().orElseThrow();
        assertThat(a.publish("second", "", "title=S\n", "two\n")).isEqualTo(Articles.Claim.STORED);
        assertThat(a.publish("second", "", "title=S\n", "other\n").kind()).isEqualTo(Articles.Claim.Kind.ID_TAKEN);
        assertThat(a.publish("third", "", "title=T\n", "three\n")).isEqualTo(Articles.Claim.STORED);
        List<Articles.Stored> all = a.since(0, 10);
        assertThat(all).extracting(Articles.Stored::id).endsWith("second", "third").hasSize(3);
        assertThat(all.get(1).text()).isEqualTo("two\n");
        assertThat(a.since(all.get(1).seq(), 10)).extracting(Articles.Stored::id).containsExactly("third");
    }
}
