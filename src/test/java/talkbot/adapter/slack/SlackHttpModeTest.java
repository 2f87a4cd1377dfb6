package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.model.ChatRef;
import talkbot.config.ConfigException;

/** HTTP mode end to end: signed requests over real HTTP on 127.0.0.1, a fake Web API behind. */
class SlackHttpModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOT_MENTION = "<@" + FakeSlackApi.BOT_USER_ID + ">";

    @TempDir
    Path dir;

    private FakeSlackApi api;
    private TestCore core;
    private SlackPlatform slack;
    private SignedClient client;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        core = new TestCore(dir.resolve("data"));
        startPlatform(Duration.ofSeconds(2));
    }

    private void startPlatform(Duration ackDeadline) throws Exception {
        slack = new SlackPlatform(TestCore.slackSettings(api.apiUrl(), dir.resolve("data"), true, false), core.chat,
                core.store, 2, TestCore.tuning(ackDeadline, waits));
        slack.start();
        client = new SignedClient(slack.port(), TestCore.SIGNING_SECRET);
    }

    @AfterEach
    void stop() {
        slack.close();
        core.close();
        api.close();
    }

    @Test
    void startCallsAuthTestAndLearnsTheBotUser() {
        assertThat(api.calls("auth.test")).isNotEmpty();
        assertThat(api.calls("auth.test").get(0).headers().get("Authorization"))
                .containsExactly("Bearer " + TestCore.BOT_TOKEN);
        assertThat(slack.self().userId()).isEqualTo(FakeSlackApi.BOT_USER_ID);
        assertThat(slack.name()).isEqualTo("slack");
    }

    @Test
    void slashCommandIsAnsweredInTheAckEphemerally() throws Exception {
        HttpResponse<String> r = client.postCommand(
                SignedClient.slashCommand("C0CHAN01", "Who leads China's delegation?", api.responseUrl("1")));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.path("text").asText()).contains("He Lifeng");
        JsonNode blocks = body.path("blocks");
        assertThat(blocks.get(0).path("type").asText()).isEqualTo("section");
        assertThat(blocks.get(0).path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(blocks.get(0).path("text").path("text").asText())
                .startsWith("*He Lifeng*\n")
                .contains("You asked: Who leads China's delegation?");
        assertThat(blocks.get(1).path("type").asText()).isEqualTo("context");
        assertThat(blocks.get(1).path("elements").get(0).path("text").asText())
                .contains("He Lifeng leads China's delegation at Lancaster House.")
                .contains("_Talks resume in London_, 9 June 2025");
        assertThat(core.questions).containsExactly("Who leads China's delegation?");
    }

    @Test
    void emptyTalksIsHelp() throws Exception {
        HttpResponse<String> r = client.postCommand(SignedClient.slashCommand("C0CHAN01", "", api.responseUrl("1")));

        assertThat(r.statusCode()).isEqualTo(200);
        String text = JSON.readTree(r.body()).path("blocks").get(0).path("text").path("text").asText();
        assertThat(text).contains("*/talks QUESTION*").contains("*/talks summary*").contains("*/talks latest*")
                .contains("*/talks unsubscribe*").contains("*/talks share QUESTION*");
        assertThat(core.questions).isEmpty();
    }

    @Test
    void helpUnderAnotherCommandNameWritesThatName() throws Exception {
        String body = SignedClient.slashCommand("C0CHAN01", "help", api.responseUrl("1")).replace("command=%2Ftalks",
                "command=%2Ftradebot");
        HttpResponse<String> r = client.postCommand(body);

        String text = JSON.readTree(r.body()).path("blocks").get(0).path("text").path("text").asText();
        assertThat(text).contains("*/tradebot summary*").contains("*/tradebot share QUESTION*").doesNotContain("/talks");
    }

    @Test
    void commandWordsReachTheirCommands() throws Exception {
        String sources = client.postCommand(SignedClient.slashCommand("C0CHAN01", "sources", api.responseUrl("1"))).body();
        assertThat(sources).contains("I know 2 articles").contains("Day two of the talks");

        String latest = client.postCommand(SignedClient.slashCommand("C0CHAN01", "latest", api.responseUrl("1"))).body();
        assertThat(JSON.readTree(latest).path("blocks").get(0).path("text").path("text").asText()).isEqualTo(
                "The 2 newest articles I know:\n"
                + "*Day two of the talks*\nTuesday 10 June 2025 · AP · https://example.com/day-two\n"
                + "*Talks resume in London*\nMonday 9 June 2025 · Reuters");

        String summary = client.postCommand(SignedClient.slashCommand("C0CHAN01", "summary", api.responseUrl("1"))).body();
        assertThat(summary).contains("The talks so far").contains("They met in London.");

        String subscribed = client.postCommand(SignedClient.slashCommand("C0CHAN01", "subscribe", api.responseUrl("1"))).body();
        assertThat(subscribed).contains("Subscribed");
        assertThat(core.store.subscriptions()).containsExactly(new ChatRef("slack", "C0CHAN01"));

        String unsubscribed = client.postCommand(SignedClient.slashCommand("C0CHAN01", "unsubscribe", api.responseUrl("1"))).body();
        assertThat(unsubscribed).contains("Unsubscribed");
        assertThat(core.store.subscriptions()).isEmpty();
        assertThat(core.questions).isEmpty();
    }

    @Test
    void subscribingAChannelTheBotIsNotInJoinsItOrAsksForAnInvitation() throws Exception {
        api.notAMember("C0PUBLIC1", false);
        api.notAMember("G0SECRET1", true);

        String joined = client.postCommand(SignedClient.slashCommand("C0PUBLIC1", "subscribe", api.responseUrl("1"))).body();
        assertThat(joined).contains("Subscribed");
        assertThat(api.calls("conversations.join")).extracting(c -> c.param("channel")).containsExactly("C0PUBLIC1");

        String refused = client.postCommand(SignedClient.slashCommand("G0SECRET1", "subscribe", api.responseUrl("1"))).body();
        assertThat(refused).contains("not in this channel").contains("/invite @talkbot").doesNotContain("Subscribed");
        assertThat(core.store.subscriptions()).containsExactly(new ChatRef("slack", "C0PUBLIC1"));
    }

    @Test
    void shareAnswersInChannel() throws Exception {
        HttpResponse<String> r = client.postCommand(
                SignedClient.slashCommand("C0CHAN01", "share Where are the talks?", api.responseUrl("1")));

        JsonNode body = JSON.readTree(r.body());
        assertThat(body.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(core.questions).containsExactly("Where are the talks?");
    }

    @Test
    void aSlowAnswerGoesToTheResponseUrl() throws Exception {
        slack.close();
        startPlatform(Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        core.beforeAnswer(q -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return q;
        });

        HttpResponse<String> r = client.postCommand(
                SignedClient.slashCommand("C0CHAN01", "share Who leads?", api.responseUrl("late")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("He Lifeng");
        release.countDown();

        await().atMost(Duration.ofSeconds(10)).until(() -> api.responses().size() == 1);
        JsonNode posted = JSON.readTree(api.responses().get(0));
        assertThat(posted.path("response_type").asText()).isEqualTo("in_channel");
        assertThat(posted.path("blocks").get(0).path("text").path("text").asText()).startsWith("*He Lifeng*");
    }

    @Test
    void badSignatureIs401AndNotProcessed() {
        String body = SignedClient.slashCommand("C0CHAN01", "Who leads?", api.responseUrl("1"));
        HttpResponse<String> r = client.post(body, "application/x-www-form-urlencoded", SignedClient.now(),
                Map.of("X-Slack-Signature", SignedClient.sign("some-other-secret", SignedClient.now(), body)));

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(core.questions).isEmpty();
    }

    @Test
    void missingSignatureIs401() {
        HttpResponse<String> r = client.postUnsigned(
                SignedClient.slashCommand("C0CHAN01", "Who leads?", api.responseUrl("1")),
                "application/x-www-form-urlencoded");

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(core.questions).isEmpty();
    }

    @Test
    void tamperedBodyIs401() {
        String body = SignedClient.slashCommand("C0CHAN01", "Who leads?", api.responseUrl("1"));
        long ts = SignedClient.now();
        HttpResponse<String> r = client.post(body + "x", "application/x-www-form-urlencoded", ts,
                Map.of("X-Slack-Signature", SignedClient.sign(TestCore.SIGNING_SECRET, ts, body)));

        assertThat(r.statusCode()).isEqualTo(401);
    }

    @Test
    void staleTimestampIs401EvenWhenSignedRight() {
        String body = SignedClient.slashCommand("C0CHAN01", "Who leads?", api.responseUrl("1"));
        HttpResponse<String> r = client.post(body, "application/x-www-form-urlencoded", SignedClient.now() - 6 * 60,
                Map.of());

        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(core.questions).isEmpty();
    }

    @Test
    void urlVerificationEchoesTheChallenge() {
        HttpResponse<String> r = client.postJson(
                "{\"token\":\"x\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void mentionIsAnsweredInAThreadOnTheMentioningMessage() {
        HttpResponse<String> r = client.postJson(Events.json(Events.callback("Ev0001",
                Events.mention("C0CHAN01", "U0USER01", BOT_MENTION + " Who leads China's delegation?",
                        "1718000000.000100", null))));

        assertThat(r.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        FakeSlackApi.Post post = api.posts().get(0);
        assertThat(post.channel()).isEqualTo("C0CHAN01");
        assertThat(post.threadTs()).isEqualTo("1718000000.000100");
        assertThat(post.text()).contains("He Lifeng");
        // the answer, its source, and 👍 / 👎 under it
        assertThat(post.blockTypes()).containsExactly("section", "context", "actions");
        assertThat(post.blockTexts().get(0)).startsWith("*He Lifeng*\n");
        assertThat(post.blocks()).contains("👍", "👎");
        assertThat(core.questions).containsExactly("Who leads China's delegation?");
        assertThat(api.calls("chat.postMessage").get(0).headers().get("Authorization"))
                .containsExactly("Bearer " + TestCore.BOT_TOKEN);
    }

    @Test
    void mentionInsideAThreadIsAnsweredInThatThread() {
        client.postJson(Events.json(Events.callback("Ev0002",
                Events.mention("C0CHAN01", "U0USER01", BOT_MENTION + " where?", "1718000000.000300",
                        "1718000000.000100"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        assertThat(api.posts().get(0).threadTs()).isEqualTo("1718000000.000100");
    }

    @Test
    void aRetryIsAcknowledgedButNotAnsweredTwice() {
        String body = Events.json(Events.callback("Ev0003",
                Events.mention("C0CHAN01", "U0USER01", BOT_MENTION + " who?", "1718000000.000400", null)));
        assertThat(client.postJson(body).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);

        HttpResponse<String> retry = client.postJson(body,
                Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));

        assertThat(retry.statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(slack::idle);
        assertThat(api.posts()).hasSize(1);
        assertThat(core.questions).hasSize(1);
    }

    @Test
    void aRepeatedEventIdIsNotAnsweredTwice() {
        client.postJson(Events.json(Events.callback("Ev0004",
                Events.message("D0DIRECT1", "im", "U0USER01", "who?", "1718000000.000500"))));
        client.postJson(Events.json(Events.callback("Ev0004",
                Events.message("D0DIRECT1", "im", "U0USER01", "who again?", "1718000000.000501"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.idle() && api.posts().size() >= 1);
        assertThat(api.posts()).hasSize(1);
        assertThat(core.questions).containsExactly("who?");
    }

    @Test
    void aDirectMessageIsAnsweredInTheDm() {
        client.postJson(Events.json(Events.callback("Ev0005",
                Events.message("D0DIRECT1", "im", "U0USER01", "Where are the talks?", "1718000000.000600"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        FakeSlackApi.Post post = api.posts().get(0);
        assertThat(post.channel()).isEqualTo("D0DIRECT1");
        assertThat(post.threadTs()).isNull();
        assertThat(core.questions).containsExactly("Where are the talks?");
    }

    @Test
    void aCommandWordInADmRunsTheCommand() {
        client.postJson(Events.json(Events.callback("Ev0006",
                Events.message("D0DIRECT1", "im", "U0USER01", "help", "1718000000.000700"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        assertThat(String.join("\n", api.posts().get(0).blockTexts())).contains("*/talks summary*");
        assertThat(core.questions).isEmpty();
    }

    @Test
    void theBotsOwnMessagesAndOtherBotsAreIgnored() {
        assertThat(client.postJson(Events.json(Events.callback("Ev0007",
                Events.message("D0DIRECT1", "im", FakeSlackApi.BOT_USER_ID, "You asked: who?", "1718000000.000800"))))
                .statusCode()).isEqualTo(200);
        ObjectNode otherBot = Events.message("D0DIRECT1", "im", "U0OTHER01", "beep", "1718000000.000801");
        otherBot.put("bot_id", "B0OTHER01");
        assertThat(client.postJson(Events.json(Events.callback("Ev0008", otherBot))).statusCode()).isEqualTo(200);
        ObjectNode botMention = Events.mention("C0CHAN01", "U0OTHER01", BOT_MENTION + " hi", "1718000000.000802", null);
        botMention.put("bot_id", "B0OTHER01");
        assertThat(client.postJson(Events.json(Events.callback("Ev0009", botMention))).statusCode()).isEqualTo(200);
        ObjectNode userless = Events.message("D0DIRECT1", "im", null, "beep", "1718000000.000803");
        userless.remove("user");
        userless.put("bot_id", FakeSlackApi.BOT_ID);
        assertThat(client.postJson(Events.json(Events.callback("Ev0017", userless))).statusCode()).isEqualTo(200);
        userless.put("subtype", "bot_message");
        assertThat(client.postJson(Events.json(Events.callback("Ev0018", userless))).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(slack::idle);
        assertThat(api.posts()).isEmpty();
        assertThat(core.questions).isEmpty();
        assertThat(api.calls("bots.info")).isEmpty();
    }

    @Test
    void messageSubtypesAndChannelMessagesAreIgnored() {
        ObjectNode edited = Events.message("D0DIRECT1", "im", "U0USER01", "who?", "1718000000.000900");
        edited.put("subtype", "message_changed");
        assertThat(client.postJson(Events.json(Events.callback("Ev0010", edited))).statusCode()).isEqualTo(200);
        ObjectNode join = Events.message("C0CHAN01", "channel", "U0USER01", "<@U0USER01> has joined the channel",
                "1718000000.000901");
        join.put("subtype", "channel_join");
        assertThat(client.postJson(Events.json(Events.callback("Ev0011", join))).statusCode()).isEqualTo(200);
        assertThat(client.postJson(Events.json(Events.callback("Ev0012",
                Events.message("C0CHAN01", "channel", "U0USER01", "who?", "1718000000.000902"))))
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(10)).until(slack::idle);
        assertThat(api.posts()).isEmpty();
        assertThat(core.questions).isEmpty();
    }

    @Test
    void hostileMarkupInAMentionIsEscapedInTheReply() {
        // what a user types as markup reaches the bot escaped by Slack; the answer echoes it back
        client.postJson(Events.json(Events.callback("Ev0013", Events.mention("C0CHAN01", "U0USER01",
                BOT_MENTION + " &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;", "1718000000.001000", null))));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        FakeSlackApi.Post post = api.posts().get(0);
        assertThat(core.questions).containsExactly("<!channel> & <https://evil.example|click>");
        String escaped = "&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;";
        assertThat(post.text()).contains(escaped).doesNotContain("<!channel>").doesNotContain("<https://");
        String blocks = String.join("\n", post.blockTexts());
        assertThat(blocks).contains(escaped).doesNotContain("<!channel>").doesNotContain("<https://");
    }

    @Test
    void slacksOwnMarkupInAMentionReachesTheCoreAsPlainText() {
        client.postJson(Events.json(Events.callback("Ev0016", Events.mention("C0CHAN01", "U0USER01",
                BOT_MENTION + " <!channel> what did <@U0USER02|alice> post in <#C0CHAN02|trade> about "
                        + "<https://evil.example|this>?", "1718000000.001300", null))));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        assertThat(core.questions).containsExactly("what did @alice post in #trade about this?");
        assertThat(String.join("\n", api.posts().get(0).blockTexts())).doesNotContain("<");
    }

    @Test
    void hostileMarkupInASlashCommandIsEscaped() throws Exception {
        HttpResponse<String> r = client.postCommand(SignedClient.slashCommand("C0CHAN01",
                "share <!channel> & <https://evil.example|click>", api.responseUrl("1")));

        JsonNode body = JSON.readTree(r.body());
        String section = body.path("blocks").get(0).path("text").path("text").asText();
        assertThat(section).contains("&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;")
                .doesNotContain("<!channel>");
        assertThat(body.path("text").asText()).doesNotContain("<!channel>");
    }

    @Test
    void malformedBodiesAre400AndTheServerCarriesOn() {
        assertThat(client.postJson("{\"type\": \"event_callback\", \"event\": ").statusCode()).isEqualTo(400);
        assertThat(client.postJson("[1, 2, 3]").statusCode()).isEqualTo(400);
        assertThat(client.postJson("{\"type\":\"event_callback\",\"event\":\"oops\"}").statusCode()).isEqualTo(400);
        assertThat(client.post("this is not a slack request", "text/plain", SignedClient.now(), Map.of())
                .statusCode()).isEqualTo(400);
        assertThat(client.post("payload=%7Bnot-json", "application/x-www-form-urlencoded", SignedClient.now(), Map.of())
                .statusCode()).isEqualTo(400);

        HttpResponse<String> after = client.postCommand(
                SignedClient.slashCommand("C0CHAN01", "Who leads?", api.responseUrl("1")));
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("He Lifeng");
    }

    @Test
    void interactivityPayloadsAreAcknowledged() {
        String payload = "{\"type\":\"block_actions\",\"team\":{\"id\":\"" + FakeSlackApi.TEAM_ID + "\"},"
                + "\"user\":{\"id\":\"U0USER01\"},\"api_app_id\":\"A0APP001\",\"trigger_id\":\"1.2.3\","
                + "\"channel\":{\"id\":\"C0CHAN01\"},\"response_url\":\"" + api.responseUrl("2") + "\","
                + "\"actions\":[{\"type\":\"button\",\"action_id\":\"more\",\"block_id\":\"b1\",\"action_ts\":\"1.2\"}]}";

        HttpResponse<String> r = client.post(SignedClient.form(Map.of("payload", payload)),
                "application/x-www-form-urlencoded", SignedClient.now(), Map.of());

        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void healthReportsTheArticleCount() throws Exception {
        HttpResponse<String> r = client.get("/health");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(r.body()).path("articles").asInt()).isEqualTo(2);
        assertThat(client.get("/nowhere").statusCode()).isEqualTo(404);
        assertThat(client.get("/slack/events").statusCode()).isEqualTo(405);
    }

    @Test
    void a429FromChatPostMessageIsRetriedAfterRetryAfter() {
        api.failNext("chat.postMessage", FakeSlackApi.Canned.rateLimited(7));

        client.postJson(Events.json(Events.callback("Ev0014",
                Events.message("D0DIRECT1", "im", "U0USER01", "who?", "1718000000.001100"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        assertThat(api.calls("chat.postMessage")).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retriesAreBounded() {
        api.failNext("chat.postMessage", FakeSlackApi.Canned.status(503), FakeSlackApi.Canned.status(503),
                FakeSlackApi.Canned.status(503), FakeSlackApi.Canned.status(503));

        client.postJson(Events.json(Events.callback("Ev0015",
                Events.message("D0DIRECT1", "im", "U0USER01", "who?", "1718000000.001200"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> slack.idle() && api.calls("chat.postMessage").size() >= 3);
        assertThat(api.calls("chat.postMessage")).hasSize(3);
        assertThat(api.posts()).isEmpty();
    }

    @Test
    void perChannelRateLimitAsksToSlowDown() throws Exception {
        slack.close();
        slack = new SlackPlatform(withRateLimit(2).slack().orElseThrow(), core.conversation(2), core.store, 2, TestCore.tuning(Duration.ofSeconds(2), waits));
        slack.start();
        client = new SignedClient(slack.port(), TestCore.SIGNING_SECRET);

        for (int i = 0; i < 2; i++) {
            assertThat(client.postCommand(SignedClient.slashCommand("C0CHAN01", "who?", api.responseUrl("1"))).body())
                    .contains("He Lifeng");
        }
        assertThat(client.postCommand(SignedClient.slashCommand("C0CHAN01", "who?", api.responseUrl("1"))).body())
                .contains("faster than I can keep up");
        assertThat(client.postCommand(SignedClient.slashCommand("C0OTHER1", "who?", api.responseUrl("1"))).body())
                .contains("He Lifeng");
    }

    @Test
    void httpModeRefusesToStartWithoutASigningSecret() {
        SlackPlatform unsigned = new SlackPlatform(TestCore.slackSettings(api.apiUrl(), dir.resolve("data"), false, false),
                core.chat, core.store, 2, TestCore.tuning(Duration.ofSeconds(2), waits));
        try {
            assertThatThrownBy(unsigned::start)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("SLACK_SIGNING_SECRET")
                    .hasMessageNotContaining("\n");
        } finally {
            unsigned.close();
        }
    }

    @Test
    void aPortInUseIsOneClearError() {
        SlackPlatform second = new SlackPlatform(settings(slack.port(), 1000).slack().orElseThrow(), core.chat, core.store, 2,
                TestCore.tuning(Duration.ofSeconds(2), waits));
        try {
            assertThatThrownBy(second::start).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("SLACK_PORT " + slack.port());
        } finally {
            second.close();
        }
    }

    private talkbot.config.Settings withRateLimit(int perMinute) {
        return settings(0, perMinute);
    }

    private talkbot.config.Settings settings(int port, int perMinute) {
        talkbot.config.Settings s = TestCore.settings(api.apiUrl(), dir.resolve("data"), true, false);
        return new talkbot.config.Settings(s.corpus(), s.dataDir(), s.telegramBotToken(), s.telegramApiUrl(),
                s.slackBotToken(), s.slackSigningSecret(), s.slackAppToken(), s.slackApiUrl(), port,
                s.summaryTime(), s.summaryZone(), s.staticSubscriptions(), perMinute);
    }
}
