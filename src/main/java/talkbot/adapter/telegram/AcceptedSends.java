package talkbot.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * An accepted send is a sent message. When Telegram answers sendMessage with {@code "ok": true}
 * but a result the client cannot read (a field it does not know the shape of, a proxy that
 * trimmed it), the client would throw and the caller would send the message again, and again.
 * This turns such an answer into one the client reads — an accepted message with no details — and
 * logs it once per call. Every other answer passes untouched.
 */
final class AcceptedSends implements Interceptor {
    private static final Logger LOG = LoggerFactory.getLogger(AcceptedSends.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final SendMessage PROBE = new SendMessage("0", "probe");
    /** What the client gets instead: a message that was accepted, no more known about it. */
    static final String ACCEPTED = "{\"ok\":true,\"result\":{\"message_id\":0,\"date\":1,\"chat\":{\"id\":0,\"type\":\"private\"}}}";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        List<String> path = chain.request().url().pathSegments();
        String method = path.isEmpty() ? "" : path.get(path.size() - 1).toLowerCase(Locale.ROOT);
        if (!method.equals("sendmessage") || response.body() == null) {
            return response;
        }
        String body = response.peekBody(4L << 20).string();
        if (!accepted(body) || readable(body)) {
            return response;
        }
        LOG.warn("telegram: sendMessage was accepted (ok: true) but its result cannot be read; counting it as sent");
        response.close();
        return response.newBuilder()
                .code(200)
                .message("OK")
                .body(ResponseBody.create(ACCEPTED, JSON_TYPE))
                .build();
    }

    private static boolean accepted(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.path("ok").asBoolean(false);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean readable(String body) {
        try {
            PROBE.deserializeResponse(body);
            return true;
        } catch (TelegramApiRequestException | RuntimeException e) {
            return false;
        }
    }
}
