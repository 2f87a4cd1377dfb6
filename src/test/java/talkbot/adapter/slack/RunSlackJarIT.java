package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.FakeTokens;
import talkbot.JarProcess;

/**
 * The Slack acceptance, end to end: the built jar started as
 * {@code SLACK_BOT_TOKEN=… SLACK_SIGNING_SECRET=… SLACK_API_URL=… SLACK_PORT=… java -jar target/talkbot.jar run}
 * answers a signed slash command, refuses a bad signature, reports its health, and exits 0 on SIGTERM.
 */
class RunSlackJarIT {
    private static final String TOKEN = FakeTokens.slackBot("fake.token.for.the.fake.api");
    private static final String SECRET = "fakeSigningSecretForTests0";

    @Test
    void answersSignedSlashCommandsInHttpMode(@TempDir java.nio.file.Path data) throws Exception {
        int port = freePort();
        try (FakeSlackApi api = new FakeSlackApi();
                JarProcess bot = JarProcess.start(Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", SECRET,
                        "SLACK_API_URL", api.apiUrl().toString(), "SLACK_PORT", String.valueOf(port),
                        "TALKBOT_DATA_DIR", data.toString()), "run")) {
            HttpClient http = HttpClient.newHttpClient();
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode() == 200);

            SignedClient slack = new SignedClient(port, SECRET);
            HttpResponse<String> answer = slack.postCommand(
                    SignedClient.slashCommand("C0001", "Who leads China's delegation?", api.responseUrl("r1")));
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("*He Lifeng*").contains("ephemeral");

            SignedClient forger = new SignedClient(port, "not-the-secret");
            assertThat(forger.postCommand(SignedClient.slashCommand("C0001", "help", api.responseUrl("r2"))).statusCode())
                    .isEqualTo(401);

            assertThat(bot.stop()).as(bot.output()).isZero();
            assertThat(bot.output()).contains("stopping").doesNotContain(TOKEN).doesNotContain(SECRET);
        }
    }

    @Test
    void runWithoutCredentialsSaysWhatToSetAndFails() throws Exception {
        try (JarProcess bot = JarProcess.start(Map.of(), "run")) {
            assertThat(bot.waitFor()).isNotZero();
            assertThat(bot.output().strip()).startsWith("talkbot: no chat platform is configured")
                    .contains("TELEGRAM_BOT_TOKEN").contains("SLACK_BOT_TOKEN").contains("'chat' works without them")
                    .doesNotContain("\n");
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
