package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

class ApiFailureTest {

    /** The exception the client throws for a Bot API answer, made the way the client makes it. */
    static TelegramApiException answer(String body) {
        try {
            SendMessage.builder().chatId("1").text("x").build().deserializeResponse(body);
            throw new AssertionError("not a failure: " + body);
        } catch (TelegramApiRequestException e) {
            return e;
        }
    }

    @Test
    void a429WaitsForItsRetryAfter() {
        ApiFailure f = ApiFailure.of(answer("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: "
                + "retry after 7\",\"parameters\":{\"retry_after\":7}}"));

        assertThat(f.kind()).isEqualTo(ApiFailure.Kind.RATE_LIMITED);
        assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(f).hasToString("429 Too Many Requests: retry after 7");
    }

    @Test
    void a429WithoutRetryAfterWaitsASecond() {
        ApiFailure f = ApiFailure.of(answer("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests\"}"));

        assertThat(f.retryAfter()).isEqualTo(ApiFailure.DEFAULT_RETRY_AFTER);
    }

    @Test
    void serverErrorsNetworkErrorsAndUnreadableAnswersPass() {
        assertThat(ApiFailure.of(answer("{\"ok\":false,\"error_code\":502,\"description\":\"Bad Gateway\"}")).kind())
                .isEqualTo(ApiFailure.Kind.TRANSIENT);
        assertThat(ApiFailure.of(answer("<html>502</html>")).kind()).isEqualTo(ApiFailure.Kind.TRANSIENT);
        ApiFailure network = ApiFailure.of(new TelegramApiException("Unable to execute sendmessage method",
                new IOException("Failed to connect to /127.0.0.1:9")));
        assertThat(network.kind()).isEqualTo(ApiFailure.Kind.TRANSIENT);
        assertThat(network.description()).isEqualTo("IOException: Failed to connect to /127.0.0.1:9");
    }

    @Test
    void aBlockedBotOrAMissingChatIsGone() {
        assertThat(ApiFailure.of(answer("{\"ok\":false,\"error_code\":403,\"description\":\"Forbidden: bot was "
                + "kicked from the group chat\"}")).kind()).isEqualTo(ApiFailure.Kind.GONE);
        assertThat(ApiFailure.of(answer("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: chat not "
                + "found\"}")).kind()).isEqualTo(ApiFailure.Kind.GONE);
        assertThat(ApiFailure.of(answer("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: group chat "
                + "was upgraded to a supergroup chat\",\"parameters\":{\"migrate_to_chat_id\":-100123}}")).kind())
                .isEqualTo(ApiFailure.Kind.GONE);
    }

    @Test
    void otherClientErrorsAreRejectedAndBadMarkupIsRecognised() {
        ApiFailure f = ApiFailure.of(answer("{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: can't "
                + "parse entities: Can't find end tag corresponding to start tag b\"}"));

        assertThat(f.kind()).isEqualTo(ApiFailure.Kind.REJECTED);
        assertThat(f.badMarkup()).isTrue();
        assertThat(ApiFailure.of(answer("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}")).kind())
                .isEqualTo(ApiFailure.Kind.REJECTED);
    }
}
