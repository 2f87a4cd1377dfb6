package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.model.ChatRef;
import talkbot.corpus.CorpusLoader;
import talkbot.summary.CorpusSummarizer;
import talkbot.posting.DailySummaryScheduler;
import talkbot.summary.Summarizer;

/**
 * The daily summary end to end through the Slack adapter's outbox and the fake Slack Web API: a
 * subscribed channel gets exactly one post, also after a restart the same day; a channel that is
 * gone is unsubscribed. The clock is fixed; restarts are new schedulers on the same store.
 */
class SlackDailySummaryTest {
    static final ZoneId UTC = ZoneId.of("UTC");
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    static final ChatRef CHANNEL = new ChatRef("slack", "C0CHAN01");

    @TempDir
    Path dir;

    FakeSlackApi api;
    TestCore core;
    SlackPlatform slack;
    Summarizer summarizer = new CorpusSummarizer(CorpusLoader.load(Path.of("corpus")),
            talkbot.corpus.BotProfile.load(Path.of("corpus")).topic());

    @BeforeEach
    void setUp() {
        api = new FakeSlackApi();
        core = new TestCore(dir);
        slack = new SlackPlatform(TestCore.slackSettings(api.apiUrl(), dir, true, false), core.chat, core.store, 1,
                TestCore.tuning(Duration.ofSeconds(2), new ArrayList<>()));
    }

    @AfterEach
    void tearDown() {
        slack.close();
        core.close();
        api.close();
    }

    DailySummaryScheduler scheduler(Instant now) {
        return new DailySummaryScheduler(Clock.fixed(now, ZoneOffset.UTC), core.store, summarizer,
                Map.of(SlackPlatform.NAME, slack.outbox()), List.of(), LocalTime.of(8, 0), UTC);
    }

    static Instant at(int hour, int minute) {
        return DAY.atTime(hour, minute).toInstant(ZoneOffset.UTC);
    }

    @Test
    void aSubscribedChannelGetsExactlyOnePostThatDayAcrossARestart() {
        core.store.subscribe(CHANNEL);
        try (DailySummaryScheduler s = scheduler(at(7, 59))) {
            s.runDue();
        }
        assertThat(api.posts()).isEmpty();

        try (DailySummaryScheduler s = scheduler(at(8, 0))) {
            s.runDue();
            await().atMost(Duration.ofSeconds(20)).until(() -> api.posts().size() == 1);
            s.runDue();
        } // close waits for posts in flight
        FakeSlackApi.Post post = api.posts().get(0);
        assertThat(post.channel()).isEqualTo("C0CHAN01");
        assertThat(post.text()).startsWith("US–China trade talks: key points");
        assertThat(post.blockTexts()).anyMatch(t -> t.contains("He Lifeng"));

        // restarted later that day with the same data directory
        try (DailySummaryScheduler s = scheduler(at(12, 0))) {
            s.runDue();
        }
        assertThat(api.posts()).hasSize(1);
        assertThat(core.store.posted(CHANNEL, DAY)).isTrue();
    }

    @Test
    void aChannelThatIsGoneIsUnsubscribed() {
        core.store.subscribe(CHANNEL);
        api.failNext("chat.postMessage", FakeSlackApi.Canned.error("channel_not_found"));
        try (DailySummaryScheduler s = scheduler(at(8, 0))) {
            s.runDue();
            await().atMost(Duration.ofSeconds(20)).until(() -> core.store.subscriptions().isEmpty());
        }
        assertThat(api.posts()).isEmpty();
    }
}
