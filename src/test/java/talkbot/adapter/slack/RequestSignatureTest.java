package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RequestSignatureTest {
    private static final String SECRET = "fakeSigningSecretForTests0";
    private static final long NOW = 1_718_000_000L;
    private static final String BODY = "token=x&team_id=T1&command=%2Ftalks&text=who";

    private final RequestSignature signature =
            new RequestSignature(SECRET, Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    @Test
    void acceptsWhatSlackSigns() {
        String slackSigned = new SlackSignature.Generator(SECRET).generate(String.valueOf(NOW), BODY);

        assertThat(signature.verify(String.valueOf(NOW), slackSigned, bytes(BODY))).isTrue();
        assertThat(signature.sign(String.valueOf(NOW), bytes(BODY))).isEqualTo(slackSigned);
        assertThat(signature.verify(String.valueOf(NOW), SignedClient.sign(SECRET, NOW, BODY), bytes(BODY))).isTrue();
    }

    @Test
    void refusesAnotherSecretAnotherBodyOrNoSignature() {
        assertThat(signature.verify(String.valueOf(NOW), SignedClient.sign("other", NOW, BODY), bytes(BODY))).isFalse();
        assertThat(signature.verify(String.valueOf(NOW), SignedClient.sign(SECRET, NOW, BODY), bytes(BODY + "&x=1")))
                .isFalse();
        assertThat(signature.verify(String.valueOf(NOW), null, bytes(BODY))).isFalse();
        assertThat(signature.verify(null, SignedClient.sign(SECRET, NOW, BODY), bytes(BODY))).isFalse();
        assertThat(signature.verify(String.valueOf(NOW), "v0=", bytes(BODY))).isFalse();
    }

    @Test
    void refusesTimestampsMoreThanFiveMinutesAwayEitherWay() {
        for (long ts : new long[] {NOW - 301, NOW + 301}) {
            assertThat(signature.verify(String.valueOf(ts), SignedClient.sign(SECRET, ts, BODY), bytes(BODY))).isFalse();
        }
        for (long ts : new long[] {NOW - 300, NOW + 300}) {
            assertThat(signature.verify(String.valueOf(ts), SignedClient.sign(SECRET, ts, BODY), bytes(BODY))).isTrue();
        }
        assertThat(signature.verify("soon", SignedClient.sign(SECRET, NOW, BODY), bytes(BODY))).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
