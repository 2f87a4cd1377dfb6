package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import talkbot.chat.Reply;
import talkbot.config.ConfigException;

/** Tokens and the signing secret stay out of every log line, whatever happens; auth.test is checked once. */
class SlackSecretsTest {
    @TempDir
    Path dir;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger root;
    private FakeSlackApi api;
    private TestCore core;

    @BeforeEach
    void capture() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logs.setContext(context);
        logs.start();
        root.addAppender(logs);
        api = new FakeSlackApi();
        core = new TestCore(dir);
    }

    @AfterEach
    void release() {
        root.detachAppender(logs);
        core.close();
        api.close();
    }

    @Test
    void noSecretReachesTheLogs() {
        SlackPlatform slack = new SlackPlatform(TestCore.slackSettings(api.apiUrl(), dir, true, false), core.chat, core.store,
                2, TestCore.tuning(Duration.ofSeconds(2), new ArrayList<>()));
        try {
            slack.start();
            SignedClient client = new SignedClient(slack.port(), TestCore.SIGNING_SECRET);
            client.postCommand(SignedClient.slashCommand("C0CHAN01", "who?", api.responseUrl("1")));
            client.post(SignedClient.slashCommand("C0CHAN01", "who?", api.responseUrl("1")),
                    "application/x-www-form-urlencoded", SignedClient.now(), Map.of("X-Slack-Signature", "v0=bad"));
            client.postJson("{broken");
            api.failNext("chat.postMessage", FakeSlackApi.Canned.status(500), FakeSlackApi.Canned.status(500),
                    FakeSlackApi.Canned.status(500));
            client.postJson(Events.json(Events.callback("EvLog1",
                    Events.message("D0DIRECT1", "im", "U0USER01", "who?", "1718000000.003000"))));
            client.postJson(Events.json(Events.callback("EvLog1",
                    Events.message("D0DIRECT1", "im", "U0USER01", "who?", "1718000000.003000"))));
            await().atMost(Duration.ofSeconds(10)).until(slack::idle);
            api.failNext("chat.postMessage", FakeSlackApi.Canned.error("channel_not_found"));
            slack.outbox().deliver("C0GONE01", Reply.text("hi"));

            assertThat(api.calls("auth.test")).hasSize(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        } finally {
            slack.close();
        }
        SlackPlatform refused = new SlackPlatform(TestCore.slackSettings(URI.create("http://127.0.0.1:9/api/"), dir, true,
                false), core.chat, core.store, 2, TestCore.tuning(Duration.ofSeconds(2), new ArrayList<>()));
        assertThatThrownBy(refused::start).isInstanceOf(IOException.class);
        refused.close();

        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            assertThat(line).doesNotContain(TestCore.BOT_TOKEN, TestCore.SIGNING_SECRET, TestCore.APP_TOKEN);
        }
    }

    @Test
    void aRefusedBotTokenStopsStartWithOneLineNamingIt() {
        api.failNext("auth.test", FakeSlackApi.Canned.error("invalid_auth"));
        SlackPlatform slack = new SlackPlatform(TestCore.slackSettings(api.apiUrl(), dir, true, false), core.chat, core.store,
                2, TestCore.tuning(Duration.ofSeconds(2), new ArrayList<>()));
        try {
            assertThatThrownBy(slack::start).isInstanceOf(ConfigException.class)
                    .hasMessageContaining("SLACK_BOT_TOKEN").hasMessageContaining("invalid_auth")
                    .hasMessageNotContaining(TestCore.BOT_TOKEN).hasMessageNotContaining("\n");
        } finally {
            slack.close();
        }
    }

    @Test
    void theSettingsNeverPrintTheirSecrets() {
        String printed = TestCore.settings(api.apiUrl(), dir, true, true).toString();

        assertThat(printed).doesNotContain(TestCore.BOT_TOKEN, TestCore.SIGNING_SECRET, TestCore.APP_TOKEN);
        assertThat(List.of(printed)).isNotEmpty();
    }
}
