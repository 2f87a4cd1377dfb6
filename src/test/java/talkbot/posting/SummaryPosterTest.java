package talkbot.posting;

import talkbot.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.model.ChatRef;
import talkbot.chat.Delivery;
import talkbot.chat.Section;
import talkbot.corpus.CorpusLoader;
import talkbot.store.SqliteStore;
import talkbot.store.Store;
import talkbot.posting.SummaryPoster.Status;
import talkbot.summary.Summarizer;
import talkbot.summary.CorpusSummarizer;
import talkbot.summary.TestCorpora;

class SummaryPosterTest {
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    static final ChatRef ALICE = new ChatRef("telegram", "1001");
    static final Subscription STORED = new Subscription(ALICE, true, false);

    @TempDir
    Path dir;

    SqliteStore sqlite;
    FakeOutbox telegram = new FakeOutbox();
    MutableClock clock = new MutableClock(Instant.parse("2025-06-10T07:00:00Z"));

    @BeforeEach
    void open() {
        sqlite = SqliteStore.open(dir);
        sqlite.subscribe(ALICE);
    }

    @AfterEach
    void close() {
        sqlite.close();
    }

    SummaryPoster poster(Store store, Summarizer summarizer) {
        return new SummaryPoster(store, summarizer, Map.of("telegram", telegram), clock);
    }

    SummaryPoster poster() {
        return poster(sqlite, new CorpusSummarizer(CorpusLoader.load(Path.of("corpus"))));
    }

    @Test
    void postsOnceADayAndRecordsTheArticlesCovered() {
        SummaryPoster p = poster();
        assertThat(p.postOnce(STORED, DAY).status()).isEqualTo(Status.SENT);
        assertThat(p.postOnce(STORED, DAY)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(Status.ALREADY_POSTED);
            assertThat(r.ok()).isTrue();
        });
        assertThat(telegram.sent()).hasSize(1);
        assertThat(sqlite.articlesInLastPost(ALICE)).contains(Set.of("us-china-london-talks"));
    }

    @Test
    void theDailyPostToAChatTellsWhatIsNewSinceItsLastOne() {
        sqlite.recordPost(ALICE, DAY.minusDays(1), clock.instant().minusSeconds(86_400), Set.of("an-older-article"));
        poster().postOnce(STORED, DAY);
        List<Section> sections = telegram.sent().get(0).reply().sections();
        assertThat(sections.get(1).title()).isEqualTo("New since the last summary");
    }

    @Test
    void postNowPostsEvenWhenTheDayHadItsPostAndRecordsIt() {
        SummaryPoster p = poster();
        p.postOnce(STORED, DAY);
        SummaryPoster.Result r = p.postNow(STORED, DAY);
        assertThat(r.status()).isEqualTo(Status.SENT);
        assertThat(r.detail()).isEqualTo("sent");
        assertThat(telegram.sent()).hasSize(2);
        assertThat(sqlite.posted(ALICE, DAY)).isTrue();
    }

    @Test
    void aFailedSendGivesTheClaimBack() {
        telegram.script("1001", Delivery.RETRY);
        SummaryPoster p = poster();
        assertThat(p.postOnce(STORED, DAY).status()).isEqualTo(Status.RETRY);
        assertThat(sqlite.claimPost(ALICE, DAY, clock.instant())).isTrue();
    }

    @Test
    void aPostThatCannotBeRecordedKeepsItsClaimSoItIsNotPostedAgain() {
        Store failingRecord = new ForwardingStore(sqlite) {
            @Override
            public void recordPost(ChatRef chat, LocalDate day, Instant at, Set<String> articleIds) {
                throw new IllegalStateException("disk full");
            }
        };
        SummaryPoster.Result r = poster(failingRecord, new CorpusSummarizer(CorpusLoader.load(Path.of("corpus"))))
                .postOnce(STORED, DAY);
        assertThat(r.status()).isEqualTo(Status.SENT);
        assertThat(r.detail()).contains("not recorded");
        assertThat(poster().postOnce(STORED, DAY).status()).isEqualTo(Status.ALREADY_POSTED);
        assertThat(telegram.sent()).hasSize(1);
    }

    @Test
    void aGoneConfiguredChatIsReportedNotUnsubscribed() {
        telegram.script("1001", Delivery.GONE);
        SummaryPoster.Result r = poster().postOnce(new Subscription(ALICE, true, true), DAY);
        assertThat(r.status()).isEqualTo(Status.GONE);
        assertThat(r.ok()).isFalse();
        assertThat(r.detail()).contains("TALKBOT_SUBSCRIPTIONS");
        assertThat(sqlite.subscriptions()).isEmpty(); // its stored subscription went
    }

    @Test
    void aPlatformWithoutOutboxIsSkipped() {
        SummaryPoster.Result r = poster().postOnce(new Subscription(new ChatRef("slack", "C1"), true, false), DAY);
        assertThat(r.status()).isEqualTo(Status.NO_OUTBOX);
        assertThat(r.detail()).isEqualTo("skipped: slack is not set up here (its token is not set); still subscribed");
        assertThat(sqlite.claimPost(new ChatRef("slack", "C1"), DAY, clock.instant())).isTrue();
    }

    SummaryPoster writing(Store store, talkbot.config.WhenQuiet quiet) {
        talkbot.corpus.Corpus c = CorpusLoader.load(Path.of("corpus"));
        String topic = "US–China trade talks in London";
        return new SummaryPoster(store, new DailyPostWriter(c, new CorpusSummarizer(c, topic), quiet, topic),
                Map.of("telegram", telegram), clock);
    }

    @Test
    void aQuietDayIsSkippedWhenAskedToAndStillCountsAsTheDaysPost() {
        sqlite.recordPost(ALICE, DAY.minusDays(1), clock.instant().minusSeconds(86_400), Set.of(TestCorpora.MAIN));
        SummaryPoster.Result r = writing(sqlite, talkbot.config.WhenQuiet.SKIP).postOnce(STORED, DAY);
        assertThat(r.status()).isEqualTo(Status.QUIET);
        assertThat(r.ok()).isTrue();
        assertThat(r.detail()).isEqualTo("skipped: no new articles since the last post (TALKBOT_SUMMARY_WHEN_QUIET=skip)");
        assertThat(telegram.attempts()).isEmpty();
        assertThat(sqlite.posted(ALICE, DAY)).isTrue();
        assertThat(sqlite.articlesInLastPost(ALICE)).contains(Set.of(TestCorpora.MAIN));
        assertThat(writing(sqlite, talkbot.config.WhenQuiet.SKIP).postOnce(STORED, DAY).status()).isEqualTo(Status.ALREADY_POSTED);
    }

    @Test
    void aQuietDayIsTwoLinesByDefault() {
        sqlite.recordPost(ALICE, DAY.minusDays(1), clock.instant().minusSeconds(86_400), Set.of(TestCorpora.MAIN));
        assertThat(writing(sqlite, talkbot.config.WhenQuiet.SHORT).postOnce(STORED, DAY).status()).isEqualTo(Status.SENT);
        assertThat(telegram.sent().get(0).reply().sections()).extracting(s -> s.title() == null ? s.text() : s.title())
                .containsExactly("US–China trade talks in London: no new articles since Monday 9 June.",
                        "/summary for the full picture.");
    }

    @Test
    void postSummarySendsExactlyWhatTheScheduledPostWould() {
        sqlite.recordPost(ALICE, DAY.minusDays(1), clock.instant().minusSeconds(86_400), Set.of("an-older-article"));
        try (SqliteStore other = SqliteStore.open(dir.resolve("other"))) {
            other.recordPost(ALICE, DAY.minusDays(1), clock.instant().minusSeconds(86_400), Set.of("an-older-article"));
            writing(sqlite, talkbot.config.WhenQuiet.SHORT).postOnce(STORED, DAY); // the schedule
            writing(other, talkbot.config.WhenQuiet.SHORT).postNow(STORED, DAY); // post-summary
        }
        assertThat(telegram.sent()).hasSize(2);
        assertThat(telegram.sent().get(1).reply()).isEqualTo(telegram.sent().get(0).reply());
        assertThat(telegram.sent().get(0).reply().sections().get(1).title()).isEqualTo(DailyPostWriter.NEW_HEADING);
    }

    @Test
    void logsNameStoredChatsByAHashAndConfiguredOnesInTheClear() {
        assertThat(SummaryPoster.logName(STORED)).startsWith("telegram:#").doesNotContain("1001").hasSize(22);
        assertThat(SummaryPoster.logName(new Subscription(ALICE, false, true))).isEqualTo("telegram:1001");
    }

    /** A store that forwards every call; tests override the one that should misbehave. */
    static class ForwardingStore implements Store {
        private final Store to;

        ForwardingStore(Store to) {
            this.to = to;
        }

        @Override
        public boolean subscribe(ChatRef chat) {
            return to.subscribe(chat);
        }

        @Override
        public boolean unsubscribe(ChatRef chat) {
            return to.unsubscribe(chat);
        }

        @Override
        public List<ChatRef> subscriptions() {
            return to.subscriptions();
        }

        @Override
        public boolean claimPost(ChatRef chat, LocalDate day, Instant at) {
            return to.claimPost(chat, day, at);
        }

        @Override
        public void releasePost(ChatRef chat, LocalDate day) {
            to.releasePost(chat, day);
        }

        @Override
        public void recordPost(ChatRef chat, LocalDate day, Instant at, Set<String> articleIds) {
            to.recordPost(chat, day, at, articleIds);
        }

        @Override
        public boolean posted(ChatRef chat, LocalDate day) {
            return to.posted(chat, day);
        }

        @Override
        public java.util.Optional<Set<String>> articlesInLastPost(ChatRef chat) {
            return to.articlesInLastPost(chat);
        }

        @Override
        public boolean firstSighting(String scope, String key) {
            return to.firstSighting(scope, key);
        }

        @Override
        public talkbot.store.Inbox inbox(String platform) {
            return to.inbox(platform);
        }

        @Override
        public talkbot.store.Feedback feedback() {
            return to.feedback();
        }

        @Override
        public java.util.OptionalLong cursor(String name) {
            return to.cursor(name);
        }

        @Override
        public void saveCursor(String name, long value) {
            to.saveCursor(name, value);
        }

        @Override
        public void close() {
            to.close();
        }
    }
}
