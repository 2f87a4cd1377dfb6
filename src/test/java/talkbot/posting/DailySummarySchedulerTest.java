package talkbot.posting;

import talkbot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.model.ChatRef;
import talkbot.chat.Delivery;
import talkbot.chat.Outbox;
import talkbot.chat.Section;
import talkbot.corpus.Citation;
import talkbot.corpus.CorpusLoader;
import talkbot.store.SqliteStore;
import talkbot.store.Store;
import talkbot.summary.Summarizer;
import talkbot.summary.Summary;
import talkbot.summary.KeyPoint;
import talkbot.summary.CorpusSummarizer;
import talkbot.summary.TestCorpora;

/** The daily schedule, driven by a fake clock over a real SQLite store; posts run on the calling thread. */
class DailySummarySchedulerTest {
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final LocalTime EIGHT = LocalTime.of(8, 0);
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    static final ChatRef ALICE = new ChatRef("telegram", "1001");
    static final ChatRef BOB = new ChatRef("telegram", "1002");
    static final ChatRef CHANNEL = new ChatRef("slack", "C0001");

    @TempDir
    Path dir;

    MutableClock clock;
    Store store;
    FakeOutbox telegram;
    FakeOutbox slack;
    RecordingSummarizer summarizer;
    final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void setUp() {
        clock = new MutableClock(at(DAY, 7, 0));
        store = SqliteStore.open(dir);
        telegram = new FakeOutbox();
        slack = new FakeOutbox();
        summarizer = new RecordingSummarizer(Set.of("a1"));
    }

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        store.close();
    }

    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(LONDON).toInstant();
    }

    DailySummaryScheduler scheduler(List<ChatRef> configured, Map<String, Outbox> outboxes) {
        DailySummaryScheduler s = new DailySummaryScheduler(clock, store, summarizer, outboxes, configured, EIGHT,
                LONDON, Runnable::run);
        toClose.add(s);
        return s;
    }

    DailySummaryScheduler scheduler() {
        return scheduler(List.of(), Map.of("telegram", telegram, "slack", slack));
    }

    @Test
    void postsOnceAtTheTimeAndNotAgainThatDay() {
        store.subscribe(ALICE);
        store.subscribe(CHANNEL);
        DailySummaryScheduler s = scheduler();

        clock.set(at(DAY, 7, 59));
        s.runDue();
        assertThat(telegram.attempts()).isEmpty();
        assertThat(slack.attempts()).isEmpty();

        clock.set(at(DAY, 8, 0));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
        assertThat(slack.sentTo("C0001")).isEqualTo(1);
        assertThat(store.posted(ALICE, DAY)).isTrue();
        assertThat(store.posted(CHANNEL, DAY)).isTrue();

        for (int h = 9; h <= 23; h++) {
            clock.set(at(DAY, h, 30));
            s.runDue();
        }
        assertThat(telegram.attempts()).containsExactly("1001");
        assertThat(slack.attempts()).containsExactly("C0001");
    }

    @Test
    void saysWhenItNextHasWork() {
        DailySummaryScheduler s = scheduler();
        clock.set(at(DAY, 7, 0));
        assertThat(s.runDue()).isEqualTo(at(DAY, 7, 1)); // it never sleeps longer than a minute
        clock.set(at(DAY, 7, 59).plusSeconds(30));
        assertThat(s.runDue()).isEqualTo(at(DAY, 8, 0));
    }

    @Test
    void nextDayPostsAgainAndTellsWhatIsNew() {
        store.subscribe(ALICE);
        DailySummaryScheduler s = scheduler();
        clock.set(at(DAY, 8, 0));
        s.runDue();
        clock.set(at(DAY.plusDays(1), 7, 59));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);

        clock.set(at(DAY.plusDays(1), 8, 0));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(2);
        assertThat(store.posted(ALICE, DAY.plusDays(1))).isTrue();
        // the first post had no earlier one; the second knew what the first covered
        assertThat(summarizer.seen).containsExactly(null, Set.of("a1"));
    }

    @Test
    void theNextDaysPostLeadsWithTheArticlesAddedMeanwhile() throws Exception {
        store.subscribe(ALICE);
        Map<String, Outbox> outboxes = Map.of("telegram", telegram);
        clock.set(at(DAY, 8, 0));
        DailySummaryScheduler first = new DailySummaryScheduler(clock, store,
                new CorpusSummarizer(CorpusLoader.load(TestCorpora.REAL)), outboxes, List.of(), EIGHT, LONDON,
                Runnable::run);
        toClose.add(first);
        first.runDue();
        first.close();

        // overnight an article arrives and the bot restarts with the grown corpus
        CorpusSummarizer grown = new CorpusSummarizer(CorpusLoader.load(TestCorpora.grown(dir.resolve("grown"))));
        DailySummaryScheduler second = new DailySummaryScheduler(clock, store, grown, outboxes, List.of(), EIGHT,
                LONDON, Runnable::run);
        toClose.add(second);
        clock.set(at(DAY.plusDays(1), 8, 0));
        second.runDue();
        clock.set(at(DAY.plusDays(2), 8, 0));
        second.runDue();

        List<FakeOutbox.Post> posts = telegram.sent();
        assertThat(posts).hasSize(3);
        assertThat(posts.get(0).reply().sections()).extracting(Section::title)
                .doesNotContain("New since the last summary");
        List<Section> dayTwo = posts.get(1).reply().sections();
        assertThat(dayTwo.get(1).title()).isEqualTo("New since the last summary");
        assertThat(dayTwo.get(2).quotes()).extracting(Citation::articleId).containsExactly(TestCorpora.SECOND);
        assertThat(posts.get(2).reply().sections()).extracting(Section::title)
                .doesNotContain("New since the last summary");
    }

    @Test
    void catchesUpOnceWhenStartedAfterThePostTimeAndNotAgainAfterARestart() {
        store.subscribe(ALICE);
        clock.set(at(DAY, 14, 30)); // the bot was down at 08:00
        scheduler().runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);

        // restarted the same day on the same data directory
        store.close();
        store = SqliteStore.open(dir);
        clock.set(at(DAY, 16, 0));
        scheduler().runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
    }

    @Test
    void startedBeforeThePostTimeItWaitsForIt() {
        store.subscribe(ALICE);
        clock.set(at(DAY, 6, 0));
        DailySummaryScheduler s = scheduler();
        s.runDue();
        assertThat(telegram.attempts()).isEmpty();
        clock.set(at(DAY, 8, 0).plusSeconds(5));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
    }

    @Test
    void aChatThatSubscribesAfterTheRoundGetsItsFirstPostTheNextDay() {
        store.subscribe(ALICE);
        DailySummaryScheduler s = scheduler();
        clock.set(at(DAY, 8, 0));
        s.runDue();
        store.subscribe(BOB);
        clock.set(at(DAY, 12, 0));
        s.runDue();
        assertThat(telegram.sentTo("1002")).isZero();
        clock.set(at(DAY.plusDays(1), 8, 0));
        s.runDue();
        assertThat(telegram.sentTo("1002")).isEqualTo(1);
    }

    @Test
    void aFailingChatIsRetriedWithBackoffWhileTheOthersGetTheirPost() {
        store.subscribe(ALICE);
        store.subscribe(BOB);
        telegram.script("1001", Delivery.RETRY, Delivery.RETRY);
        DailySummaryScheduler s = scheduler();

        Instant eight = at(DAY, 8, 0);
        clock.set(eight);
        Instant next = s.runDue();
        assertThat(telegram.sentTo("1002")).isEqualTo(1);
        assertThat(store.posted(BOB, DAY)).isTrue();
        assertThat(store.posted(ALICE, DAY)).isFalse();
        assertThat(next).isEqualTo(eight.plusSeconds(30));

        clock.set(eight.plusSeconds(29));
        s.runDue();
        assertThat(telegram.attemptsAt("1001")).isEqualTo(1);

        clock.set(eight.plusSeconds(30));
        next = s.runDue();
        assertThat(telegram.attemptsAt("1001")).isEqualTo(2);
        assertThat(next).isEqualTo(eight.plusSeconds(90)); // the second wait is twice the first

        clock.set(eight.plusSeconds(90));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
        assertThat(store.posted(ALICE, DAY)).isTrue();

        clock.set(at(DAY, 20, 0));
        s.runDue();
        assertThat(telegram.attempts()).containsExactly("1001", "1002", "1001", "1001");
    }

    @Test
    void backoffDoublesUpToHalfAnHour() {
        assertThat(DailySummaryScheduler.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(DailySummaryScheduler.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(DailySummaryScheduler.backoff(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(DailySummaryScheduler.backoff(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(DailySummaryScheduler.backoff(1000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void retriesStopWhenTheDayIsOverAndTheNextDayStartsAfresh() {
        store.subscribe(ALICE);
        telegram.script("1001", Delivery.RETRY);
        DailySummaryScheduler s = scheduler();
        clock.set(at(DAY, 23, 59).plusSeconds(50));
        s.runDue();
        assertThat(telegram.attemptsAt("1001")).isEqualTo(1);
        clock.set(at(DAY.plusDays(1), 0, 1)); // the retry is due, but it is tomorrow now
        s.runDue();
        assertThat(telegram.attemptsAt("1001")).isEqualTo(1);
        clock.set(at(DAY.plusDays(1), 8, 0));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
        assertThat(store.posted(ALICE, DAY)).isFalse();
        assertThat(store.posted(ALICE, DAY.plusDays(1))).isTrue();
    }

    @Test
    void aSlowChatDoesNotHoldUpTheOthers() throws Exception {
        store.subscribe(ALICE);
        store.subscribe(BOB);
        CountDownLatch release = new CountDownLatch(1);
        telegram.beforeSend(chat -> {
            if (chat.equals("1001")) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        // its own posting pool, as in production; the fake clock still decides what is due
        DailySummaryScheduler s = new DailySummaryScheduler(clock, store, summarizer,
                Map.of("telegram", telegram), List.of(), EIGHT, LONDON);
        toClose.add(s);
        clock.set(at(DAY, 8, 0));
        s.runDue();
        await().atMost(Duration.ofSeconds(20)).until(() -> store.posted(BOB, DAY));
        assertThat(store.posted(ALICE, DAY)).isFalse();
        release.countDown();
        await().atMost(Duration.ofSeconds(20)).until(() -> store.posted(ALICE, DAY));
        assertThat(telegram.sent()).hasSize(2);
    }

    @Test
    void aGoneChatIsUnsubscribedAndNotRetried() {
        store.subscribe(ALICE);
        store.subscribe(BOB);
        telegram.script("1001", Delivery.GONE);
        DailySummaryScheduler s = scheduler();
        clock.set(at(DAY, 8, 0));
        s.runDue();
        assertThat(store.subscriptions()).containsExactly(BOB);
        assertThat(store.posted(ALICE, DAY)).isFalse();
        clock.set(at(DAY.plusDays(1), 8, 0));
        s.runDue();
        assertThat(telegram.attemptsAt("1001")).isEqualTo(1);
        assertThat(telegram.sentTo("1002")).isEqualTo(2);
    }

    @Test
    void aGoneConfiguredChatStaysConfiguredButIsNotRetriedThatDay() {
        telegram.script("1001", Delivery.GONE);
        DailySummaryScheduler s = scheduler(List.of(ALICE), Map.of("telegram", telegram));
        clock.set(at(DAY, 8, 0));
        s.runDue();
        clock.set(at(DAY, 12, 0));
        s.runDue();
        assertThat(telegram.attemptsAt("1001")).isEqualTo(1);
        clock.set(at(DAY.plusDays(1), 8, 0));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
    }

    @Test
    void configuredSubscriptionsArePostedToAndAChatInBothListsGetsOnePost() {
        store.subscribe(ALICE);
        DailySummaryScheduler s = scheduler(List.of(ALICE, CHANNEL), Map.of("telegram", telegram, "slack", slack));
        clock.set(at(DAY, 8, 0));
        s.runDue();
        assertThat(telegram.sent()).extracting(FakeOutbox.Post::chatId).containsExactly("1001");
        assertThat(slack.sent()).extracting(FakeOutbox.Post::chatId).containsExactly("C0001");
    }

    @Test
    void aChatOfAPlatformWithoutOutboxIsSkippedAndStaysSubscribed() {
        store.subscribe(ALICE);
        store.subscribe(CHANNEL);
        DailySummaryScheduler s = scheduler(List.of(), Map.of("telegram", telegram));
        clock.set(at(DAY, 8, 0));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
        assertThat(store.subscriptions()).containsExactly(ALICE, CHANNEL);
        assertThat(store.posted(CHANNEL, DAY)).isFalse();
    }

    @Test
    void anErrorWhileBuildingTheSummaryIsRetriedLikeAPlatformFailure() {
        store.subscribe(ALICE);
        int[] calls = {0};
        Summarizer flaky = seen -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("boom");
            }
            return summarizer.summarize(seen);
        };
        DailySummaryScheduler s = new DailySummaryScheduler(clock, store, flaky, Map.of("telegram", telegram),
                List.of(), EIGHT, LONDON, Runnable::run);
        toClose.add(s);
        clock.set(at(DAY, 8, 0));
        s.runDue();
        assertThat(store.posted(ALICE, DAY)).isFalse();
        clock.set(at(DAY, 8, 0).plusSeconds(30));
        s.runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
    }

    /** Thrown to stand for the process dying at that point: nothing after it runs. */
    static final class Crash extends Error {
        Crash() {
            super("the process dies here");
        }
    }

    @Test
    void aRestartBetweenSendingAndRecordingDoesNotPostTwice() {
        store.subscribe(ALICE);
        telegram.afterSend((chat, reply) -> {
            throw new Crash(); // the platform has the post; the process dies before recording it
        });
        clock.set(at(DAY, 8, 0));
        DailySummaryScheduler first = scheduler();
        assertThatThrownBy(first::runDue).isInstanceOf(Crash.class);
        assertThat(telegram.sentTo("1001")).isEqualTo(1);

        // restart: a new store on the same file, a new scheduler
        store.close();
        store = SqliteStore.open(dir);
        telegram.afterSend((chat, reply) -> {});
        clock.set(at(DAY, 8, 5));
        scheduler().runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);

        // and the next day it posts as usual
        clock.set(at(DAY.plusDays(1), 8, 0));
        scheduler().runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(2);
    }

    @Test
    void theTradeOffARestartBetweenClaimingAndSendingMissesThatDaysPost() {
        store.subscribe(ALICE);
        telegram.beforeSend(chat -> {
            throw new Crash(); // claimed, then the process dies before the platform has anything
        });
        clock.set(at(DAY, 8, 0));
        assertThatThrownBy(scheduler()::runDue).isInstanceOf(Crash.class);
        assertThat(telegram.sent()).isEmpty();

        store.close();
        store = SqliteStore.open(dir);
        telegram.beforeSend(chat -> {});
        clock.set(at(DAY, 8, 5));
        scheduler().runDue();
        assertThat(telegram.sent()).isEmpty(); // at most once: the unconfirmed claim is left alone

        clock.set(at(DAY.plusDays(1), 8, 0));
        scheduler().runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
        // the missed day's claim is not taken for a post: nothing is called already seen
        assertThat(summarizer.seen).hasSize(2).containsOnlyNulls();
    }

    @Test
    void twoInstancesOnOneStorePostOnce() {
        store.subscribe(ALICE);
        clock.set(at(DAY, 8, 0));
        scheduler().runDue();
        scheduler().runDue();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
    }

    @Test
    void theTimerThreadPostsByItself() {
        store.subscribe(ALICE);
        clock.set(at(DAY, 9, 0));
        DailySummaryScheduler s = new DailySummaryScheduler(clock, store, summarizer, Map.of("telegram", telegram),
                List.of(), EIGHT, LONDON);
        toClose.add(s);
        s.start();
        await().atMost(Duration.ofSeconds(20)).until(() -> store.posted(ALICE, DAY));
        s.close();
        assertThat(telegram.sentTo("1001")).isEqualTo(1);
        assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void thePostTimeFollowsTheZoneAcrossClockChanges() {
        DailySummaryScheduler s = new DailySummaryScheduler(clock, store, summarizer, Map.of(), List.of(),
                LocalTime.of(1, 30), LONDON, Runnable::run);
        toClose.add(s);
        // 01:30 does not exist in London on 30 March 2025: the post moves on by the gap, to 02:30 BST
        assertThat(s.postTime(LocalDate.of(2025, 3, 30))).isEqualTo(Instant.parse("2025-03-30T01:30:00Z"));
        assertThat(s.postTime(LocalDate.of(2025, 1, 10))).isEqualTo(Instant.parse("2025-01-10T01:30:00Z"));
        assertThat(s.postTime(LocalDate.of(2025, 6, 10))).isEqualTo(Instant.parse("2025-06-10T00:30:00Z"));
    }

    /** A summarizer that remembers what each chat had already seen. */
    static final class RecordingSummarizer implements Summarizer {
        final List<Set<String>> seen = new CopyOnWriteArrayList<>();
        private final Set<String> articles;

        RecordingSummarizer(Set<String> articles) {
            this.articles = articles;
        }

        @Override
        public Summary summarize(Set<String> alreadySeen) {
            seen.add(alreadySeen);
            Citation c = new Citation("a1", "An article", LocalDate.of(2025, 6, 9), "A sentence.");
            return new Summary("Title", List.of(), List.of(new KeyPoint("A point.", c)), articles);
        }
    }
}
