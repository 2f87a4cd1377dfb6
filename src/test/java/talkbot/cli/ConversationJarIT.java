package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.FakeTokens;
import talkbot.JarProcess;
import talkbot.adapter.telegram.FakeBotApi;

/**
 * Conversations with the built jar, as a user has them: a follow-up piped into the console chat,
 * and votes cast with Telegram buttons (against the fake Bot API) listed by {@code talkbot feedback}.
 */
class ConversationJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = FakeTokens.telegram("token-for-the-fake-api");
    private static final long ALICE = 4242;
    private static final long BOB = 4343;

    @Test
    void theConsoleAnswersAFollowUpFromTheLastAnswer(@TempDir Path data) throws Exception {
        try (JarProcess chat = JarProcess.start(Map.of("TALKBOT_DATA_DIR", data.toString()), "chat")) {
            chat.input("Who is the White House press secretary?\nwhat did she say?\n");
            assertThat(chat.waitFor()).as(chat.output()).isZero();
            // the first answer names her, from the fact or from the sentence it was read off
            assertThat(chat.output()).containsPattern("Karoline Leavitt[^\\n]*\\n?[^\\n]*White House Press Secretary")
                    .contains("Karoline Leavitt said: “We want China and the United States to continue moving forward")
                    .doesNotContain("Who do you mean?");
        }
    }

    @Test
    void votesCastWithButtonsAreListedByFeedbackDownVotesFirst(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("TALKBOT_DATA_DIR", data.toString());
        try (FakeBotApi api = new FakeBotApi()) {
            Map<String, String> bot = Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url(),
                    "TALKBOT_DATA_DIR", data.toString());
            try (JarProcess run = JarProcess.start(bot, "run")) {
                api.enqueue(FakeBotApi.privateText(ALICE, "Who leads China's delegation?"));
                api.enqueue(FakeBotApi.privateText(BOB, "Where are the talks being held?"));
                await().atMost(Duration.ofSeconds(60)).until(() -> api.sentTo(ALICE).size() == 1 && api.sentTo(BOB).size() == 1);
                FakeBotApi.Sent alice = api.sentTo(ALICE).get(0);
                FakeBotApi.Sent bob = api.sentTo(BOB).get(0);

                api.enqueue(FakeBotApi.press(ALICE, ALICE, alice.messageId(), alice.button("👎").data()));
                api.enqueue(FakeBotApi.press(ALICE, ALICE, alice.messageId(), alice.button("👎").data()));
                api.enqueue(FakeBotApi.press(BOB, BOB, bob.messageId(), bob.button("👍").data()));
                await().atMost(Duration.ofSeconds(30)).until(() -> api.calls("answercallbackquery").size() == 3);
                assertThat(run.stop()).as(run.output()).isZero();
                assertThat(run.output()).doesNotContain(TOKEN).doesNotContain("Who leads China's delegation?");
            }
        }

        try (JarProcess feedback = JarProcess.start(env, "feedback")) {
            assertThat(feedback.waitFor()).as(feedback.output()).isZero();
            List<String> lines = feedback.output().lines().toList();
            assertThat(lines.get(0)).startsWith("👎 ").contains("telegram").contains("who");
            assertThat(lines.get(1)).isEqualTo("   Q: Who leads China's delegation?");
            assertThat(lines.get(3)).startsWith("👍 ");
            assertThat(lines.get(4)).isEqualTo("   Q: Where are the talks being held?");
            assertThat(lines.get(lines.size() - 1)).isEqualTo("2 votes: 1 down, 1 up (kept 90 days).");
        }
        try (JarProcess json = JarProcess.start(env, "feedback", "--json")) {
            assertThat(json.waitFor()).as(json.output()).isZero();
            List<String> lines = json.output().lines().toList();
            assertThat(lines).hasSize(2);
            JsonNode down = JSON.readTree(lines.get(0));
            assertThat(down.path("vote").asText()).isEqualTo("down");
            assertThat(down.path("question").asText()).isEqualTo("Who leads China's delegation?");
            assertThat(down.path("short").asText()).isEqualTo("He Lifeng");
            assertThat(down.path("intent").asText()).isEqualTo("who");
            assertThat(down.path("confidence").asDouble()).isBetween(0.5, 1.0);
            assertThat(down.path("platform").asText()).isEqualTo("telegram");
            assertThat(down.path("at").asText()).isNotBlank();
            assertThat(JSON.readTree(lines.get(1)).path("vote").asText()).isEqualTo("up");
        }
    }
}
