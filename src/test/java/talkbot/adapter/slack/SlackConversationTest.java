package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Answerer;
import talkbot.answer.Cores;
import talkbot.store.Feedback;
import talkbot.testing.MutableClock;

/**
 * Conversations end to end on Slack in HTTP mode: the real core, signed requests to
 * {@code /slack/events}, the fake Web API: a thread is one conversation (two threads at once do
 * not mix), a DM is one, a question asked back is answered by pressing a Block Kit button
 * ({@code block_actions} through the interactivity endpoint), and votes are kept once.
 */
class SlackConversationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MENTION = "<@" + FakeSlackApi.BOT_USER_ID + "> ";
    private static final String CHANNEL = "C0CHAN01";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock();
    private FakeSlackApi api;
    private TestCore core;
    private SlackPlatform slack;
    private SignedClient client;
    private int events;

    private void start(Answerer answerer) throws Exception {
        api = new FakeSlackApi();
        core = new TestCore(dir.resolve("data"), answerer, clock);
        slack = new SlackPlatform(TestCore.settings(api.apiUrl(), dir.resolve("data"), true, false), core.chat,
                core.store, 2, TestCore.tuning(Duration.ofSeconds(2), new ArrayList<>()));
        slack.start();
        client = new SignedClient(slack.port(), TestCore.SIGNING_SECRET);
    }

    @AfterEach
    void stop() {
        if (slack != null) {
            slack.close();
            core.close();
            api.close();
        }
    }

    /** A mention by {@code user}, at {@code ts}, in thread {@code threadTs} (null: a new thread on it). */
    private void mention(String user, String text, String ts, String threadTs) {
        HttpResponse<String> r = client.postJson(Events.json(Events.callback("Ev" + (++events),
                Events.mention(CHANNEL, user, MENTION + text, ts, threadTs))));
        assertThat(r.statusCode()).isEqualTo(200);
    }

    private FakeSlackApi.Post awaitPost(int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.posts().size() >= n);
        return api.posts().get(n - 1);
    }

    private List<FakeSlackApi.Post> postsIn(String threadTs) {
        return api.posts().stream().filter(p -> threadTs.equals(p.threadTs())).toList();
    }

    private HttpResponse<String> press(String user, FakeSlackApi.Post on, FakeSlackApi.Button button, String responseUrl) {
        ObjectNode payload = Events.blockAction(on.channel(), user, on.ts(), on.threadTs(), button, responseUrl);
        return client.post(SignedClient.form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded",
                SignedClient.now(), Map.of());
    }

    @Test
    void twoThreadsAtOnceEachFollowUpTheirOwnAnswer() throws Exception {
        start(Cores.project());
        mention("U0ALICE1", "Who is the White House press secretary?", "1718000000.000100", null);
        mention("U0BOB001", "Who leads China's delegation?", "1718000000.000200", null);
        awaitPost(2);

        mention("U0ALICE1", "what did she say?", "1718000000.000300", "1718000000.000100");
        mention("U0BOB001", "and the US side?", "1718000000.000400", "1718000000.000200");
        awaitPost(4);

        List<FakeSlackApi.Post> alice = postsIn("1718000000.000100");
        List<FakeSlackApi.Post> bob = postsIn("1718000000.000200");
        assertThat(alice).hasSize(2);
        assertThat(bob).hasSize(2);
        assertThat(alice.get(0).text()).contains("Karoline Leavitt");
        assertThat(alice.get(1).text()).contains("We want China").doesNotContain("Bessent");
        assertThat(bob.get(0).text()).contains("He Lifeng");
        assertThat(bob.get(1).text()).contains("Bessent").doesNotContain("Leavitt");
    }

    @Test
    void aNewThreadStartsAfreshAndADirectMessageIsOneConversation() throws Exception {
        start(Cores.project());
        mention("U0ALICE1", "Who is the White House press secretary?", "1718000000.000100", null);
        awaitPost(1);
        mention("U0ALICE1", "what did she say?", "1718000000.000500", null); // not in the thread: no context
        assertThat(awaitPost(2).text()).startsWith("Who do you mean?");

        client.postJson(Events.json(Events.callback("EvDm1",
                Events.message("D0DIRECT1", "im", "U0ALICE1", "Who leads China's delegation?", "1718000000.000600"))));
        awaitPost(3);
        client.postJson(Events.json(Events.callback("EvDm2",
                Events.message("D0DIRECT1", "im", "U0ALICE1", "and the US side?", "1718000000.000700"))));
        assertThat(awaitPost(4).text()).contains("Bessent");
    }

    @Test
    void anExpiredContextIsNotUsed() throws Exception {
        start(Cores.project());
        mention("U0ALICE1", "Who is the White House press secretary?", "1718000000.000100", null);
        awaitPost(1);
        clock.advance(Duration.ofMinutes(11));
        mention("U0ALICE1", "what did she say?", "1718000000.000300", "1718000000.000100");
        assertThat(awaitPost(2).text()).startsWith("Who do you mean?");
    }

    @Test
    void aClarifyingQuestionIsAnsweredByPressingAButton() throws Exception {
        start(Cores.testCorpus("rounds"));
        mention("U0ALICE1", "when did the talks take place?", "1718000000.000100", null);
        FakeSlackApi.Post asked = awaitPost(1);
        assertThat(asked.text()).startsWith("Do you mean the talks in London (June 2025) or the talks in Geneva (May 2025)?");
        assertThat(asked.buttons()).extracting(FakeSlackApi.Button::text)
                .containsExactly("the talks in London (June 2025)", "the talks in Geneva (May 2025)");

        HttpResponse<String> r = press("U0ALICE1", asked, asked.button("Geneva"), api.responseUrl("press1"));
        assertThat(r.statusCode()).isEqualTo(200);

        FakeSlackApi.Post answer = awaitPost(2);
        assertThat(answer.threadTs()).isEqualTo("1718000000.000100");
        assertThat(answer.text()).contains("May 2025");
        assertThat(answer.blockTexts()).anySatisfy(t -> assertThat(t).contains("Villa Saladin"));
        // the question is replaced in place: what was chosen, and no buttons left
        await().atMost(Duration.ofSeconds(10)).until(() -> !api.responses().isEmpty());
        JsonNode replaced = JSON.readTree(api.responses().get(0));
        assertThat(replaced.path("replace_original").asBoolean()).isTrue();
        assertThat(replaced.toString()).contains("the talks in Geneva (May 2025)").doesNotContain("\"actions\"");

        // pressed again (a double click, a retry): the choice was made, nothing more is posted
        press("U0ALICE1", asked, asked.button("London"), api.responseUrl("press2"));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.responses().size() == 2);
        assertThat(api.responses().get(1)).contains("already made");
        assertThat(api.posts()).hasSize(2);
    }

    @Test
    void anUnsignedPressIsRefused() throws Exception {
        start(Cores.project());
        mention("U0ALICE1", "Who leads China's delegation?", "1718000000.000100", null);
        FakeSlackApi.Post answer = awaitPost(1);
        ObjectNode payload = Events.blockAction(CHANNEL, "U0ALICE1", answer.ts(), answer.threadTs(),
                answer.button("👎"), api.responseUrl("x"));
        HttpResponse<String> r = new SignedClient(slack.port(), "not-the-signing-secret").post(
                SignedClient.form(Map.of("payload", payload.toString())), "application/x-www-form-urlencoded",
                SignedClient.now(), Map.of());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(core.store.feedback().votes()).isEmpty();
    }

    @Test
    void aVoteIsKeptOnceAndOnlyTheVoterIsThankedSinceAChannelThreadIsShared() throws Exception {
        start(Cores.project());
        mention("U0ALICE1", "Who leads China's delegation?", "1718000000.000100", null);
        FakeSlackApi.Post answer = awaitPost(1);
        assertThat(answer.buttons()).extracting(FakeSlackApi.Button::text).containsExactly("👍", "👎");

        assertThat(press("U0ALICE1", answer, answer.button("👎"), api.responseUrl("v1")).statusCode()).isEqualTo(200);
        assertThat(press("U0ALICE1", answer, answer.button("👎"), api.responseUrl("v2")).statusCode()).isEqualTo(200);
        assertThat(press("U0BOB001", answer, answer.button("👍"), api.responseUrl("v3")).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.responses().size() == 3);

        List<Feedback.Vote> votes = core.store.feedback().votes();
        assertThat(votes).extracting(Feedback.Vote::up).containsExactly(false, true); // down-votes first
        Feedback.Vote down = votes.get(0);
        assertThat(down.question()).isEqualTo("Who leads China's delegation?");
        assertThat(down.shortAnswer()).isEqualTo("He Lifeng");
        assertThat(down.platform()).isEqualTo("slack");
        JsonNode thanks = JSON.readTree(api.responses().get(0));
        assertThat(thanks.path("replace_original").asBoolean()).as("the buttons stay for the rest of the channel").isFalse();
        assertThat(thanks.path("response_type").asText()).isEqualTo("ephemeral");
        assertThat(thanks.toString()).contains("Thanks for your feedback!").doesNotContain("He Lifeng");
        assertThat(api.posts()).as("a vote posts nothing in the channel").hasSize(1);
    }
}
