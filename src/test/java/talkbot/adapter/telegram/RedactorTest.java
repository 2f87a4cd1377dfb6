package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import talkbot.FakeTokens;

class RedactorTest {
    static final String TOKEN = FakeTokens.telegramShaped("000", "fake-secret-for-the-redactor-test");

    @Test
    void hidesTheTokenAndAnythingShapedLikeOne() {
        Redactor r = new Redactor(TOKEN);

        assertThat(r.redact("POST https://api.telegram.org/bot" + TOKEN + "/sendMessage"))
                .isEqualTo("POST https://api.telegram.org/bot****/sendMessage");
        assertThat(r.redact("other bot " + FakeTokens.telegramShaped("987654", "another-fake-token-to-redact") + " here")).isEqualTo("other bot **** here");
        assertThat(r.redact("429 Too Many Requests: retry after 1")).isEqualTo("429 Too Many Requests: retry after 1");
        assertThat(r.redact(null)).isNull();
    }

    @Test
    void hidesAMessageThatContainsTheToken() {
        Redactor r = new Redactor(TOKEN).and("please explode, " + TOKEN);

        assertThat(r.redact("failed on: please explode, " + TOKEN)).isEqualTo("failed on: ****");
    }

    @Test
    void scrubsEveryMessageInACauseChainAndKeepsTheStacks() {
        IOException io = new IOException("unexpected end of stream on https://api.telegram.org/bot" + TOKEN + "/x");
        IllegalStateException top = new IllegalStateException("answering 'who is he?' failed", io);

        Throwable scrubbed = new Redactor(TOKEN).and("who is he?").scrub(top);

        assertThat(scrubbed.getMessage()).isEqualTo("java.lang.IllegalStateException: answering '****' failed");
        assertThat(scrubbed.getStackTrace()).isEqualTo(top.getStackTrace());
        assertThat(scrubbed.getCause().getMessage())
                .isEqualTo("java.io.IOException: unexpected end of stream on https://api.telegram.org/bot****/x");
        assertThat(scrubbed.getCause().getCause()).isNull();
    }

    @Test
    void chatIdsAreHashed() {
        assertThat(Redactor.chatHash("-1001234567890")).hasSize(12).isEqualTo(Redactor.chatHash("-1001234567890"))
                .isNotEqualTo(Redactor.chatHash("1001"));
    }
}
