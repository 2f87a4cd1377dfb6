package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static talkbot.adapter.telegram.FakeBotApi.privateText;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.chat.Delivery;
import talkbot.chat.Reply;

/**
 * The Bot API puts the token in every URL: whatever goes wrong, no log line (message, exception,
 * cause or stack) may carry it. Runs the failure paths with every relevant logger at TRACE.
 */
class TokenLoggingTest {
    static final String SECRET_PART = TestBot.TOKEN.substring(TestBot.TOKEN.indexOf(':') + 1);

    @TempDir
    Path dir;

    @Test
    void theTokenNeverReachesALog() throws Exception {
        try (LogCapture logs = new LogCapture()) {
            FakeBotApi api = new FakeBotApi();
            try {
                api.failNext("getUpdates", FakeBotApi.Failure.serverError(), FakeBotApi.Failure.disconnect(),
                        FakeBotApi.Failure.unauthorized());
                api.failNext("sendMessage", FakeBotApi.Failure.tooManyRequests(1), FakeBotApi.Failure.serverError(),
                        FakeBotApi.Failure.badGatewayPage());
                api.failNext("setMyCommands", FakeBotApi.Failure.serverError());
                TestBot bot = new TestBot(api, dir).start();
                try {
                    api.enqueue(privateText(1001, "Who leads China's delegation?"));
                    api.enqueue(privateText(1001, "please explode, " + TestBot.TOKEN));
                    await().until(() -> api.sentTo(1001).size() == 2);
                    assertThat(api.sentTo(1001).get(1).text()).startsWith("Sorry");

                    api.failNext("sendMessage", FakeBotApi.Failure.forbidden(), FakeBotApi.Failure.json(400,
                            "Bad Request: wrong url http://x/bot" + TestBot.TOKEN + "/sendMessage", null));
                    assertThat(bot.platform.outbox().deliver("-100200", Reply.text("daily"))).isEqualTo(Delivery.GONE);
                    assertThat(bot.platform.outbox().deliver("-100200", Reply.text("daily"))).isEqualTo(Delivery.RETRY);
                    api.close();
                    assertThat(bot.platform.outbox().deliver("-100200", Reply.text("daily"))).isEqualTo(Delivery.RETRY);
                } finally {
                    bot.close();
                }
                assertThat(api.calls()).allSatisfy(c -> assertThat(c.token()).isEqualTo(TestBot.TOKEN));
            } finally {
                api.close();
            }
            try (FakeBotApi refusing = new FakeBotApi()) {
                refusing.failNext("getMe", FakeBotApi.Failure.unauthorized());
                try (TestBot bot = new TestBot(refusing, dir.resolve("second"))) {
                    assertThatThrownBy(bot::start).satisfies(e -> assertThat(e.toString()).doesNotContain(SECRET_PART));
                }
            }

            String everything = logs.all();
            assertThat(everything).contains("telegram sendmessage failed", "UpdatePoller", "TelegramOutbox",
                    "the index broke while answering: ****");
            assertThat(everything).doesNotContain("please explode");
            assertThat(everything).doesNotContain(SECRET_PART);
        }
    }
}
