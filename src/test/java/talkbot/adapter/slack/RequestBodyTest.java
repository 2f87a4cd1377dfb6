package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.adapter.slack.RequestBody.Kind;

class RequestBodyTest {

    @Test
    void slackRequestsGoToBolt() {
        assertThat(kind("token=x&command=%2Ftalks&text=who&channel_id=C1")).isEqualTo(Kind.SLACK);
        assertThat(kind("{\"type\":\"url_verification\",\"challenge\":\"abc\"}")).isEqualTo(Kind.SLACK);
        assertThat(kind("{\"type\":\"event_callback\",\"event\":{\"type\":\"app_mention\"}}")).isEqualTo(Kind.SLACK);
        assertThat(kind("payload=%7B%22type%22%3A%22block_actions%22%7D")).isEqualTo(Kind.SLACK);
        assertThat(kind("ssl_check=1&token=x")).isEqualTo(Kind.SLACK);
    }

    @Test
    void wellFormedWithATypeGoesToBoltWhichDecides() {
        assertThat(kind("{\"type\":\"app_rate_limited\",\"minute_rate_limited\":1}")).isEqualTo(Kind.SLACK);
    }

    @Test
    void anythingElseIsMalformed() {
        assertThat(kind("")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("{broken")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("[1,2]")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("{\"no\":\"type\"}")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("{\"type\":\"event_callback\"}")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("{\"type\":\"url_verification\"}")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("hello world")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("a=1&b=2")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("command=%ZZ")).isEqualTo(Kind.MALFORMED);
        assertThat(kind("payload=not-json")).isEqualTo(Kind.MALFORMED);
    }

    private static Kind kind(String body) {
        return RequestBody.classify(body).kind();
    }
}
