package talkbot.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.FakeTokens;
import talkbot.JarProcess;
import talkbot.adapter.telegram.FakeBotApi;

/**
 * Live news end to end: the built jar runs against a fake Telegram Bot API with a feed served
 * locally; an article arrives in the feed while it runs, and the bot answers a question about it
 * without a restart; so does one written by {@code talkbot add} beside it; /latest lists both.
 */
class LiveNewsJarIT {
    private static final String TOKEN = FakeTokens.telegram("token-for-the-fake-api");
    private static final long CHAT = 4711;
    private static final String QUESTION = "What did Lutnick say outside Lancaster House?";
    private static final String QUOTE = "We have reached a framework to implement the Geneva consensus";
    private static final String LUTNICK = "What did Lutnick tell reporters?";

    @Test
    void articlesThatArriveByFeedOrByAddWhileTheBotRunsAreAnswered(@TempDir Path tmp) throws Exception {
        Path corpus = Fixtures.corpus(tmp.resolve("corpus"));
        String empty = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fixture World News</title></channel></rss>";
        AtomicReference<String> feed = new AtomicReference<>(empty);
        try (TestServer server = new TestServer(); FakeBotApi api = new FakeBotApi()) {
            server.route("/feeds/world.rss", ex -> TestServer.send(ex, 200, "application/rss+xml; charset=utf-8",
                    feed.get().getBytes(StandardCharsets.UTF_8)));
            server.text("/world/us-china-framework", "text/html; charset=utf-8", Fixtures.text("framework.html"))
                    .text("/world/mackerel", "text/html", Fixtures.page("Mackerel deal", "2025-06-10",
                            Fixtures.mackerelText().split("\\R")));
            Map<String, String> env = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url(),
                    "TALKBOT_DATA_DIR", tmp.resolve("data").toString(), "TALKBOT_CORPUS", corpus.toString(),
                    "TALKBOT_FEEDS", server.url("/feeds/world.rss").toString(), "TALKBOT_FEED_INTERVAL", "PT5S");
            try (JarProcess bot = JarProcess.start(env, "run")) {
                await().atMost(Duration.ofSeconds(90)).until(() -> bot.output().contains("feeds: polling 1 feed(s)")
                        && server.count("/feeds/world.rss") > 0);
                api.enqueue(FakeBotApi.privateText(CHAT, QUESTION));
                await().atMost(Duration.ofSeconds(60)).until(() -> api.sentTo(CHAT).size() == 1);
                assertThat(texts(api).get(0)).doesNotContain(QUOTE);

                feed.set(Fixtures.text("world.rss").replace("{BASE}", server.url("").toString()));
                await().atMost(Duration.ofSeconds(120)).until(() -> bot.output().contains(
                        "new: us-and-china-agree-on-a-framework-to-ease-trade-tensions"));
                api.enqueue(FakeBotApi.privateText(CHAT, QUESTION));
                await().atMost(Duration.ofSeconds(60)).until(() -> api.sentTo(CHAT).size() == 2);
                assertThat(texts(api).get(1)).contains(QUOTE).contains("US and China agree on a framework to ease trade tensions");

                // an article added with 'talkbot add' beside the running bot is answered too
                api.enqueue(FakeBotApi.privateText(CHAT, LUTNICK));
                await().atMost(Duration.ofSeconds(60)).until(() -> api.sentTo(CHAT).size() == 3);
                assertThat(texts(api).get(2)).doesNotContain("going well");
                Path file = Files.writeString(tmp.resolve("second-day.txt"), Fixtures.secondDayText());
                try (JarProcess add = JarProcess.start(env, "add", file.toString())) {
                    assertThat(add.waitFor()).as(add.output()).isZero();
                    assertThat(add.output()).contains("added talks-run-into-a-second-day: Talks run into a second day");
                }
                await().atMost(Duration.ofSeconds(120)).until(() -> bot.output().contains("new: talks-run-into-a-second-day"));
                api.enqueue(FakeBotApi.privateText(CHAT, LUTNICK));
                await().atMost(Duration.ofSeconds(60)).until(() -> api.sentTo(CHAT).size() == 4);
                int next = 4;
                FakeBotApi.Sent answer = api.sentTo(CHAT).get(3);
                if (answer.text().startsWith("Do you mean")) {
                    // two rounds fit the question now: the bot asks back, and the new article's round is one choice
                    FakeBotApi.Button choice = answer.buttons().stream().filter(b -> !b.text().contains("2025")).findFirst().orElseThrow();
                    api.enqueue(FakeBotApi.press(CHAT, CHAT, answer.messageId(), choice.data()));
                    await().atMost(Duration.ofSeconds(60)).until(() -> api.sentTo(CHAT).size() == 5);
                    answer = api.sentTo(CHAT).get(4);
                    next = 5;
                }
                assertThat(answer.text()).contains("going well").contains("Talks run into a second day");

                // /latest lists what arrived, newest first, with dates and links
                api.enqueue(FakeBotApi.privateText(CHAT, "/latest"));
                int count = next + 1;
                await().atMost(Duration.ofSeconds(60)).until(() -> api.sentTo(CHAT).size() == count);
                List<String> latest = texts(api).get(next).lines().toList();
                assertThat(latest.get(0)).isEqualTo("The 3 newest articles I know:");
                assertThat(latest.get(1)).startsWith("<b>Talks run into a second day</b> — ");
                assertThat(latest.get(2)).isEqualTo("<b>US and China agree on a framework to ease trade tensions</b> — "
                        + "Wednesday 11 June 2025 · The Daily Fixture · https://news.example/world/us-china-framework");
                assertThat(latest.get(3)).startsWith("<b>US and China resume high-level trade talks in London</b> — Monday 9 June 2025");

                assertThat(bot.stop()).as(bot.output()).isZero();
                assertThat(bot.output()).doesNotContain(TOKEN).doesNotContain("Exception")
                        .contains("feeds: 127.0.0.1:" + server.url("").getPort() + "/feeds/world.rss: added us-and-china-agree")
                        .contains("not about the corpus's topic");
            }
        }
    }

    private static List<String> texts(FakeBotApi api) {
        return api.sentTo(CHAT).stream().map(FakeBotApi.Sent::text).toList();
    }
}
