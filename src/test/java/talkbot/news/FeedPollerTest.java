package talkbot.news;

import talkbot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Answer;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.store.SqliteFeedState;

/**
 * Feeds polled on a fake clock against a local server: RSS and Atom entries on topic are added,
 * whatever else the feeds and their pages do wrong; nothing is fetched twice that need not be.
 */
class FeedPollerTest {
    static final Fetcher.Limits LIMITS = new Fetcher.Limits(Duration.ofSeconds(2), Duration.ofSeconds(2), 256 * 1024, 3);
    static final Duration EVERY = Duration.ofMinutes(15);
    static final String SECOND_DAY_PAGE = Fixtures.page("Talks run into a second day in London", null,
            "Negotiators from the United States and China met for a second day at Lancaster House in London on Tuesday,"
                    + " as both sides tried to shore up their fragile tariff truce.",
            "Commerce Secretary Howard Lutnick told reporters that the talks were going well.",
            "Officials met over coffee at a café near Lancaster House, a delegate who had flown in from Zürich said.",
            "Export licences for rare earth magnets remained at the centre of the trade negotiations.");

    @TempDir
    Path tmp;

    final TestServer server = new TestServer();
    final MutableClock clock = new MutableClock(Instant.parse("2025-06-11T08:00:00Z"));
    final AtomicInteger nudges = new AtomicInteger();
    final AtomicReference<String> worldEtag = new AtomicReference<>("\"w1\"");
    final AtomicReference<String> worldFeed = new AtomicReference<>();
    Path corpus;
    SqliteFeedState state;
    NewsDesk desk;

    @BeforeEach
    void setUp() throws IOException {
        corpus = Fixtures.corpus(tmp.resolve("corpus"));
        state = SqliteFeedState.open(tmp.resolve("data"));
        desk = new NewsDesk(corpus, clock, LIMITS);
        String base = server.url("").toString();
        worldFeed.set(Fixtures.text("world.rss").replace("{BASE}", base));
        server.route("/feeds/world.rss", ex -> {
            String etag = worldEtag.get();
            boolean same = etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            TestServer.send(ex, same ? 304 : 200, "application/rss+xml; charset=utf-8",
                    same ? new byte[0] : worldFeed.get().getBytes(StandardCharsets.UTF_8), Map.of("ETag", etag));
        });
        server.text("/feeds/business.atom", "application/atom+xml", Fixtures.text("business.atom").replace("{BASE}", base))
                .text("/feeds/broken.rss", "application/rss+xml", Fixtures.text("broken.rss").replace("{BASE}", base))
                .slow("/feeds/slow.rss", 20_000)
                .text("/world/us-china-framework", "text/html; charset=utf-8", Fixtures.text("framework.html"))
                .text("/world/mackerel", "text/html", Fixtures.page("Mackerel deal", "2025-06-10",
                        Fixtures.mackerelText().split("\\R")))
                // a wrong charset: the page is Latin-1, the server says UTF-8
                .bytes("/business/second-day", "text/html; charset=utf-8", SECOND_DAY_PAGE.getBytes(StandardCharsets.ISO_8859_1));
    }

    @AfterEach
    void tearDown() {
        desk.close();
        state.close();
        server.close();
    }

    FeedPoller poller(String... paths) {
        return desk.feeds(java.util.Arrays.stream(paths).map(server::url).toList(), EVERY, state, nudges::incrementAndGet);
    }

    Corpus loaded() {
        return CorpusLoader.load(corpus);
    }

    @Test
    void onTopicEntriesOfRssAndAtomFeedsAreAddedAndBrokenFeedsStopNothing() {
        FeedPoller p = poller("/feeds/broken.rss", "/feeds/missing.rss", "/feeds/slow.rss", "/feeds/world.rss",
                "/feeds/business.atom");
        Instant next = p.runDue();
        assertThat(next).isEqualTo(clock.instant().plus(EVERY));

        Corpus c = loaded();
        assertThat(c.articles()).hasSize(3);
        ArticleInfo framework = c.article("us-and-china-agree-on-a-framework-to-ease-trade-tensions").info();
        assertThat(framework.title()).isEqualTo("US and China agree on a framework to ease trade tensions");
        assertThat(framework.published()).isEqualTo(LocalDate.of(2025, 6, 11));
        assertThat(framework.source()).isEqualTo("The Daily Fixture"); // the page's site name before the feed's title
        assertThat(framework.url()).isEqualTo("https://news.example/world/us-china-framework");
        ArticleInfo second = c.article("talks-run-into-a-second-day-in-london").info();
        assertThat(second.published()).isEqualTo(LocalDate.of(2025, 6, 10)); // the entry's date; the page has none
        assertThat(second.source()).isEqualTo("127.0.0.1"); // no site name: the host
        assertThat(c.article(second.id()).sentences()).anyMatch(s -> s.text().contains("café") && s.text().contains("Zürich"));
        assertThat(nudges.get()).isEqualTo(1);

        Answer a = AddArticlesTest.ask(corpus, "What did Lutnick say outside Lancaster House?");
        assertThat(a.answered()).isTrue();
        assertThat(a.sources()).anyMatch(s -> s.articleId().equals(framework.id()));
    }

    @Test
    void pollsEveryIntervalWithValidatorsAndFetchesNoPageTwice() {
        FeedPoller p = poller("/feeds/world.rss");
        p.runDue();
        assertThat(server.count("/feeds/world.rss")).isEqualTo(1);
        assertThat(server.count("/world/us-china-framework")).isEqualTo(1);
        assertThat(server.count("/world/mackerel")).isEqualTo(1);
        assertThat(server.count("/world/gone")).isEqualTo(1);

        clock.advance(EVERY.minusSeconds(1));
        p.runDue();
        assertThat(server.count("/feeds/world.rss")).as("not due yet").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        p.runDue();
        assertThat(server.count("/feeds/world.rss")).isEqualTo(2);
        assertThat(server.requests().get(server.requests().size() - 1).headers().getFirst("If-None-Match")).isEqualTo("\"w1\"");

        // the feed gains an entry: a new version, the old entries known, only the new page fetched
        server.text("/world/talks-go-on", "text/html", SECOND_DAY_PAGE);
        worldFeed.set(worldFeed.get().replace("<item>", "<item><title>Talks go on</title><link>" + server.url("/world/talks-go-on")
                + "</link><guid>fixture-world-1004</guid><pubDate>Thu, 12 Jun 2025 08:00:00 GMT</pubDate></item><item>"));
        worldEtag.set("\"w2\"");
        clock.advance(EVERY);
        p.runDue();
        assertThat(server.count("/world/talks-go-on")).isEqualTo(1);
        assertThat(server.count("/world/us-china-framework")).isEqualTo(1);
        assertThat(server.count("/world/mackerel")).isEqualTo(1);
        assertThat(server.count("/world/gone")).as("a 404 is for good").isEqualTo(1);
        assertThat(loaded().article("talks-go-on").info().published()).isEqualTo(LocalDate.of(2025, 6, 12));
        assertThat(nudges.get()).isEqualTo(2);
    }

    @Test
    void anEntryWhosePageFailsForNowIsTriedAgainAtTheNextPoll() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/world/gone", ex -> {
            if (calls.incrementAndGet() == 1) {
                TestServer.send(ex, 503, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
            } else {
                TestServer.send(ex, 200, "text/html", SECOND_DAY_PAGE.getBytes(StandardCharsets.UTF_8));
            }
        });
        FeedPoller p = poller("/feeds/world.rss");
        p.runDue();
        assertThat(loaded().articles()).hasSize(2);
        clock.advance(EVERY);
        p.runDue();
        // fetched without validators (else the unchanged feed would hide the entry), the page again
        assertThat(server.requests().stream().filter(r -> r.path().equals("/feeds/world.rss"))
                .map(r -> r.headers().getFirst("If-None-Match"))).containsExactly(null, null);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(loaded().articles()).extracting(a -> a.info().title()).contains("A story whose page is gone");
        clock.advance(EVERY);
        p.runDue();
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void whatIsRememberedSurvivesARestart() {
        poller("/feeds/world.rss").runDue();
        state.close();
        state = SqliteFeedState.open(tmp.resolve("data"));
        worldEtag.set("\"w9\""); // the feed says it changed, but its entries did not
        clock.advance(EVERY);
        poller("/feeds/world.rss").runDue();
        assertThat(server.count("/feeds/world.rss")).isEqualTo(2);
        assertThat(server.count("/world/us-china-framework")).isEqualTo(1);
        assertThat(server.count("/world/mackerel")).isEqualTo(1);
    }

    @Test
    void aFeedEntryThatCarriesItsTextIsAddedWhenItsPageCannotBeHad() {
        String body = "<p>Negotiators from the United States and China met for a third day in London on Wednesday to"
                + " discuss tariffs and export controls on rare earths.</p>"
                + "<p>US officials said the trade talks had made progress, and Chinese officials agreed.</p>"
                + "<p>Neither side gave a date for the end of the negotiations.</p>";
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
                + "<channel><title>Carrier</title><item><title>Third day of US-China trade talks</title><link>"
                + server.url("/nowhere") + "</link><guid>c1</guid><content:encoded><![CDATA[" + body
                + "]]></content:encoded></item></channel></rss>";
        server.text("/feeds/carrier.rss", "application/rss+xml", feed);
        poller("/feeds/carrier.rss").runDue();
        ArticleInfo info = loaded().article("third-day-of-us-china-trade-talks").info();
        assertThat(info.source()).isEqualTo("Carrier");
        assertThat(info.published()).isEqualTo(LocalDate.of(2025, 6, 11)); // no date anywhere: the day it was added
    }
}
