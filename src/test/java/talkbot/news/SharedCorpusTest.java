package talkbot.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.store.Articles;
import talkbot.store.PostgresStore;
import talkbot.store.TestPostgres;
import talkbot.testing.MutableClock;

/**
 * One corpus for every replica: an article added to one replica's folder is kept in the shared
 * store (a real PostgreSQL) and written into another's as it is; a URL or an id another replica
 * took is not taken twice.
 */
class SharedCorpusTest {
    static final String FRAMEWORK = "us-and-china-agree-on-a-framework-to-ease-trade-tensions";
    static final String QUESTION = "What did Lutnick say outside Lancaster House?";

    @TempDir
    Path tmp;

    PostgresStore store;
    Articles articles;
    MutableClock clock = new MutableClock(Instant.parse("2025-06-12T09:00:00Z"));

    @BeforeEach
    void setUp() {
        store = PostgresStore.open(TestPostgres.freshDatabase());
        articles = store.articles().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Outcome add(Path corpus, String name, String html) throws Exception {
        Path page = Files.writeString(tmp.resolve(name), html);
        try (NewsDesk desk = new NewsDesk(corpus, clock, AddArticlesTest.LIMITS, articles)) {
            return desk.add(page.toString());
        }
    }

    private static String[] files(Path corpus, String id) throws Exception {
        return new String[] {Files.readString(corpus.resolve(id + ".meta.properties")),
                Files.readString(corpus.resolve(id + ".txt"))};
    }

    @Test
    void anArticleAddedOnOneReplicaIsWrittenIntoAnothersCorpusAsItIsAndAnswered() throws Exception {
        Path one = Fixtures.corpus(tmp.resolve("one"));
        Path two = Fixtures.corpus(tmp.resolve("two"));
        assertThat(AddArticlesTest.ask(two, QUESTION).answered()).isFalse();

        Outcome added = add(one, "framework.html", Fixtures.text("framework.html"));
        assertThat(added.line("framework.html")).startsWith("added " + FRAMEWORK + ": ");
        assertThat(articles.since(0, 10)).extracting(Articles.Stored::id).containsExactly(FRAMEWORK);

        SharedCorpus sync = new SharedCorpus(two, articles);
        assertThat(sync.syncNow()).isEqualTo(1);
        assertThat(files(two, FRAMEWORK)).containsExactly(files(one, FRAMEWORK));
        assertThat(AddArticlesTest.ask(two, QUESTION).sources()).anyMatch(c -> c.articleId().equals(FRAMEWORK));
        assertThat(sync.syncNow()).as("once").isZero();
        assertThat(new SharedCorpus(one, articles).syncNow()).as("the replica that added it has it").isZero();
        try (Stream<Path> names = Files.list(two)) {
            assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void aUrlAnotherReplicaAddedIsADuplicateAndAnIdItTookIsNotTakenAgain() throws Exception {
        Path one = Fixtures.corpus(tmp.resolve("one"));
        Path three = Fixtures.corpus(tmp.resolve("three"));
        add(one, "framework.html", Fixtures.text("framework.html"));

        Outcome again = add(three, "framework.html", Fixtures.text("framework.html"));
        assertThat(again.kind()).isEqualTo(Outcome.Kind.DUPLICATE);
        assertThat(again.detail()).isEqualTo("already in the corpus (the same URL as " + FRAMEWORK
                + ", added by another replica)");
        assertThat(three.resolve(FRAMEWORK + ".txt")).doesNotExist();

        // another article under the same title, not yet in this folder: the next id
        String other = Fixtures.page("US and China agree on a framework to ease trade tensions", "2025-06-12",
                Fixtures.secondDayText().split("\\R"));
        Outcome second = add(three, "other.html", other);
        assertThat(second.kind()).isEqualTo(Outcome.Kind.ADDED);
        assertThat(second.id()).isEqualTo(FRAMEWORK + "-2");
        assertThat(articles.since(0, 10)).extracting(Articles.Stored::id).containsExactly(FRAMEWORK, FRAMEWORK + "-2");
        assertThat(articles.since(articles.since(0, 1).get(0).seq(), 10)).extracting(Articles.Stored::id)
                .containsExactly(FRAMEWORK + "-2");

        SharedCorpus sync = new SharedCorpus(three, articles);
        assertThat(sync.syncNow()).as("the first is new here; the second was written here").isEqualTo(1);
        assertThat(files(three, FRAMEWORK)).containsExactly(files(one, FRAMEWORK));
    }

    @Test
    void anIdThisFolderHasAlreadyIsLeftAsItIs() throws Exception {
        Path one = Fixtures.corpus(tmp.resolve("one"));
        Path two = Fixtures.corpus(tmp.resolve("two"));
        add(one, "framework.html", Fixtures.text("framework.html"));
        Files.writeString(two.resolve(FRAMEWORK + ".txt"), "A local article of the same name.\n");
        assertThat(new SharedCorpus(two, articles).syncNow()).isZero();
        assertThat(Files.readString(two.resolve(FRAMEWORK + ".txt"))).isEqualTo("A local article of the same name.\n");
        assertThat(two.resolve(FRAMEWORK + ".meta.properties")).doesNotExist();
    }
}
