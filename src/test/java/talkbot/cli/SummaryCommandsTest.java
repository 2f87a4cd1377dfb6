package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import talkbot.model.ChatRef;
import talkbot.chat.Delivery;
import talkbot.config.Settings;
import talkbot.config.SettingsLoader;
import talkbot.corpus.CorpusException;
import talkbot.corpus.CorpusLoader;
import talkbot.store.SqliteStore;
import talkbot.summary.CorpusSummarizer;
import talkbot.posting.Subscription;
import talkbot.posting.SummaryPoster;

class SummaryCommandsTest {
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);
    static final ChatRef ALICE = new ChatRef("telegram", "1001");
    static final ChatRef BOB = new ChatRef("telegram", "1002");
    static final ChatRef CHANNEL = new ChatRef("slack", "C0001");

    @TempDir
    Path dir;

    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void bothCommandsAreRegistered() {
        assertThat(Main.commandLine().getSubcommands()).containsKeys("post-summary", "subscriptions");
    }

    @Test
    void postSummaryPrintsALinePerChatAndFailsWhenOneFailed() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.subscribe(BOB);
            store.subscribe(CHANNEL);
            SummaryPoster poster = new SummaryPoster(store, new CorpusSummarizer(CorpusLoader.load(Path.of("corpus"))),
                    Map.of("telegram", (chatId, reply) -> chatId.equals("1002") ? Delivery.RETRY : Delivery.SENT),
                    Clock.fixed(Instant.parse("2025-06-10T07:00:00Z"), ZoneOffset.UTC));
            int code = PostSummaryCommand.postAll(Subscription.merge(List.of(ALICE), store.subscriptions()), poster,
                    DAY, out);
            assertThat(code).isEqualTo(1);
            assertThat(printed().lines()).containsExactly(
                    "telegram:1001 (static): sent",
                    "telegram:1002 (stored): not delivered (rate limit, network or server error); try again later",
                    "slack:C0001 (stored): skipped: slack is not set up here (its token is not set); still subscribed",
                    "Posted to 1 of 3 chats.");
            // it counts as the day's post: the schedule will not post to that chat again today
            assertThat(store.posted(ALICE, DAY)).isTrue();
            assertThat(store.posted(BOB, DAY)).isFalse();
        }
    }

    @Test
    void postSummaryLoadsTheCorpusAsRunDoesSkippingABrokenArticle() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        Files.writeString(corpus.resolve("broken.txt"), "Only a heading\n");

        assertThatThrownBy(() -> Core.load(Core.settings(corpus)))
                .isInstanceOf(CorpusException.class).hasMessageContaining("broken.txt");
        Core skipping = Core.loadSkippingBroken(Core.settings(corpus));
        assertThat(skipping.corpus().articles()).extracting(a -> a.id()).containsExactly("us-china-london-talks");
    }

    @Test
    void postSummarySucceedsWhenEveryChatGotItsPost() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            store.subscribe(ALICE);
            SummaryPoster poster = new SummaryPoster(store, new CorpusSummarizer(CorpusLoader.load(Path.of("corpus"))),
                    Map.of("telegram", (chatId, reply) -> Delivery.SENT), Clock.systemUTC());
            assertThat(PostSummaryCommand.postAll(Subscription.merge(List.of(), store.subscriptions()), poster, DAY, out))
                    .isZero();
            assertThat(printed().lines()).containsExactly("telegram:1001 (stored): sent", "Posted to 1 of 1 chat.");
        }
    }

    @Test
    void postSummaryWithNoSubscriptionsSaysSo() {
        try (SqliteStore store = SqliteStore.open(dir)) {
            SummaryPoster poster = new SummaryPoster(store, seen -> null, Map.of(), Clock.systemUTC());
            assertThat(PostSummaryCommand.postAll(List.of(), poster, DAY, out)).isZero();
            assertThat(printed()).isEqualTo("No subscriptions: nothing to post." + System.lineSeparator());
        }
    }

    @Test
    void subscriptionsListsEachChatWithWhereItComesFrom() {
        Settings settings = SettingsLoader.load(Map.of("TALKBOT_CONFIG", "", "TALKBOT_SUMMARY_TIME", "07:30",
                "TALKBOT_SUMMARY_ZONE", "UTC"));
        SubscriptionsCommand.list(Subscription.merge(List.of(CHANNEL, ALICE), List.of(ALICE, BOB)), settings, out);
        assertThat(printed().lines()).containsExactly(
                "slack:C0001    static",
                "telegram:1001  static, stored",
                "telegram:1002  stored",
                "3 subscriptions; the daily summary is posted at 07:30 UTC.");
    }

    @Test
    void noSubscriptionsIsSaid() {
        Settings settings = SettingsLoader.load(Map.of("TALKBOT_CONFIG", ""));
        SubscriptionsCommand.list(List.of(), settings, out);
        assertThat(printed().lines()).containsExactly(
                "No subscriptions; the daily summary is posted at 08:00 Europe/London.");
    }
}
