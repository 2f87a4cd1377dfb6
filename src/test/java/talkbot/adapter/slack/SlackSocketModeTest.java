package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Socket Mode end to end: apps.connections.open on the fake Web API points at a local WebSocket server. */
class SlackSocketModeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private FakeSlackApi api;
    private FakeSocketModeServer socket;
    private TestCore core;
    private SlackPlatform slack;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        socket = new FakeSocketModeServer().listen();
        api.socketModeUrl(socket.url());
        core = new TestCore(dir.resolve("data"));
        // Socket Mode needs no signing secret
        slack = new SlackPlatform(TestCore.slackSettings(api.apiUrl(), dir.resolve("data"), false, true), core.chat,
                core.store, 2, TestCore.tuning(Duration.ofSeconds(2), new ArrayList<>()));
        slack.start();
        await().atMost(Duration.ofSeconds(10)).until(socket::connected);
    }

    @AfterEach
    void stop() {
        slack.close();
        socket.close();
        core.close();
        api.close();
    }

    @Test
    void connectsWithTheAppTokenAndOpensNoHttpPort() {
        assertThat(api.calls("apps.connections.open")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.headers().get("Authorization"))
                        .containsExactly("Bearer " + TestCore.APP_TOKEN));
        assertThat(slack.port()).isEqualTo(-1);
    }

    @Test
    void aSlashCommandEnvelopeIsAckedWithTheAnswer() throws Exception {
        ObjectNode payload = JSON.createObjectNode();
        payload.put("token", "legacy-verification-token");
        payload.put("team_id", FakeSlackApi.TEAM_ID);
        payload.put("team_domain", "test");
        payload.put("channel_id", "C0CHAN01");
        payload.put("channel_name", "general");
        payload.put("user_id", "U0USER01");
        payload.put("user_name", "alice");
        payload.put("command", "/talks");
        payload.put("text", "Who leads China's delegation?");
        payload.put("api_app_id", "A0APP001");
        payload.put("response_url", api.responseUrl("socket"));
        payload.put("trigger_id", "123.456.abc");
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("envelope_id", "env-slash-1");
        envelope.put("type", "slash_commands");
        envelope.put("accepts_response_payload", true);
        envelope.set("payload", payload);

        socket.sendToClient(envelope.toString());

        JsonNode ack = awaitAck("env-slash-1");
        JsonNode answer = ack.path("payload");
        assertThat(answer.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.path("blocks").get(0).path("text").path("text").asText())
                .startsWith("*He Lifeng*")
                .contains("You asked: Who leads China's delegation?");
        assertThat(answer.path("blocks").get(1).path("type").asText()).isEqualTo("context");
        assertThat(core.questions).containsExactly("Who leads China's delegation?");
    }

    @Test
    void anEventsApiEnvelopeIsAckedAndTheMentionAnsweredInItsThread() throws Exception {
        ObjectNode callback = Events.callback("EvSocket1", Events.mention("C0CHAN01", "U0USER01",
                "<@" + FakeSlackApi.BOT_USER_ID + "> where are the talks?", "1718000000.002000", null));
        ObjectNode envelope = JSON.createObjectNode();
        envelope.put("envelope_id", "env-event-1");
        envelope.put("type", "events_api");
        envelope.put("accepts_response_payload", false);
        envelope.put("retry_attempt", 0);
        envelope.put("retry_reason", "");
        envelope.set("payload", callback);

        socket.sendToClient(envelope.toString());

        awaitAck("env-event-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        assertThat(api.posts().get(0).threadTs()).isEqualTo("1718000000.002000");
        assertThat(core.questions).containsExactly("where are the talks?");
    }

    @Test
    void aButtonPressedOverSocketModeIsAckedAndActedOn() throws Exception {
        ObjectNode callback = Events.callback("EvSocket2", Events.mention("C0CHAN01", "U0USER01",
                "<@" + FakeSlackApi.BOT_USER_ID + "> who leads?", "1718000000.003000", null));
        ObjectNode event = JSON.createObjectNode();
        event.put("envelope_id", "env-event-2");
        event.put("type", "events_api");
        event.put("accepts_response_payload", false);
        event.set("payload", callback);
        socket.sendToClient(event.toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.posts().size() == 1);
        FakeSlackApi.Post answer = api.posts().get(0);

        ObjectNode press = JSON.createObjectNode();
        press.put("envelope_id", "env-press-1");
        press.put("type", "interactive");
        press.put("accepts_response_payload", false);
        press.set("payload", Events.blockAction("C0CHAN01", "U0USER01", answer.ts(), answer.threadTs(),
                answer.button("👍"), api.responseUrl("socket-vote")));
        socket.sendToClient(press.toString());

        awaitAck("env-press-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> core.store.feedback().votes().size() == 1);
        assertThat(core.store.feedback().votes().get(0).up()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.responses().size() == 1);
        assertThat(api.responses().get(0)).contains("Thanks").contains("replace_original");
    }

    private JsonNode awaitAck(String envelopeId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> find(envelopeId), Optional::isPresent).get();
    }

    private Optional<JsonNode> find(String envelopeId) throws Exception {
        List<String> messages = socket.received();
        for (String m : messages) {
            JsonNode node = JSON.readTree(m);
            if (envelopeId.equals(node.path("envelope_id").asText())) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }
}
