package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import talkbot.chat.Delivery;
import talkbot.chat.Outbox;
import talkbot.chat.Reply;

/** The outbox the daily summary posts through: one chat.postMessage per delivery, failures sorted. */
class SlackOutboxTest {
    @TempDir
    Path dir;

    private FakeSlackApi api;
    private TestCore core;
    private SlackPlatform slack;
    private Outbox outbox;

    @BeforeEach
    void setUp() {
        api = new FakeSlackApi();
        core = new TestCore(dir);
        slack = new SlackPlatform(TestCore.slackSettings(api.apiUrl(), dir, true, false), core.chat, core.store, 2,
                TestCore.tuning(Duration.ofSeconds(2), new ArrayList<>()));
        outbox = slack.outbox();
    }

    @AfterEach
    void tearDown() {
        slack.close();
        core.close();
        api.close();
    }

    @Test
    void postsTheReplyAsBlocksToTheChannel() {
        Delivery d = outbox.deliver("C0CHAN01", Reply.text("Good morning & <!here>"));

        assertThat(d).isEqualTo(Delivery.SENT);
        FakeSlackApi.Post post = api.posts().get(0);
        assertThat(post.channel()).isEqualTo("C0CHAN01");
        assertThat(post.threadTs()).isNull();
        assertThat(post.text()).isEqualTo("Good morning &amp; &lt;!here&gt;");
        assertThat(post.blockTexts()).containsExactly("Good morning &amp; &lt;!here&gt;");
    }

    @ParameterizedTest
    @ValueSource(strings = {"channel_not_found", "is_archived", "not_in_channel", "account_inactive"})
    void aChannelThatIsGoneIsGone(String error) {
        api.failNext("chat.postMessage", FakeSlackApi.Canned.error(error));

        assertThat(outbox.deliver("C0CHAN01", Reply.text("hi"))).isEqualTo(Delivery.GONE);
    }

    @Test
    void passingFailuresAreRetryAndArePostedOnlyOnce() {
        api.failNext("chat.postMessage", FakeSlackApi.Canned.rateLimited(30));
        assertThat(outbox.deliver("C0CHAN01", Reply.text("hi"))).isEqualTo(Delivery.RETRY);
        api.failNext("chat.postMessage", FakeSlackApi.Canned.error("ratelimited"));
        assertThat(outbox.deliver("C0CHAN01", Reply.text("hi"))).isEqualTo(Delivery.RETRY);
        api.failNext("chat.postMessage", FakeSlackApi.Canned.status(500));
        assertThat(outbox.deliver("C0CHAN01", Reply.text("hi"))).isEqualTo(Delivery.RETRY);
        api.failNext("chat.postMessage", FakeSlackApi.Canned.error("internal_error"));
        assertThat(outbox.deliver("C0CHAN01", Reply.text("hi"))).isEqualTo(Delivery.RETRY);

        assertThat(api.calls("chat.postMessage")).hasSize(4);
        assertThat(api.posts()).isEmpty();
    }

    @Test
    void aNetworkFailureIsRetry() {
        api.close();
        SlackPlatform unreachable = new SlackPlatform(TestCore.slackSettings(URI.create("http://127.0.0.1:9/api/"), dir,
                true, false), core.chat, core.store, 2, TestCore.tuning(Duration.ofSeconds(2), new ArrayList<>()));
        try {
            assertThat(unreachable.outbox().deliver("C0CHAN01", Reply.text("hi"))).isEqualTo(Delivery.RETRY);
        } finally {
            unreachable.close();
        }
    }

    @Test
    void invalidBlocksFallBackToTextWhenAnswering() throws Exception {
        api.failNext("chat.postMessage", FakeSlackApi.Canned.error("invalid_blocks"));
        com.slack.api.Slack client = com.slack.api.Slack.getInstance(config());
        try {
            ChatPoster poster = new ChatPoster(client.methods(TestCore.BOT_TOKEN),
                    new Retries(3, Duration.ofSeconds(1), Duration.ofSeconds(30), d -> { }));

            assertThat(poster.post("C0CHAN01", "1.2", SlackBlocks.render(Reply.text("hi")))).isEqualTo(Delivery.SENT);
        } finally {
            client.close();
        }
        assertThat(api.posts()).hasSize(1);
        assertThat(api.posts().get(0).blocks()).isNull();
        assertThat(api.posts().get(0).text()).isEqualTo("hi");
    }

    private com.slack.api.SlackConfig config() {
        com.slack.api.SlackConfig c = new com.slack.api.SlackConfig();
        c.setMethodsEndpointUrlPrefix(api.apiUrl().toString());
        return c;
    }
}
