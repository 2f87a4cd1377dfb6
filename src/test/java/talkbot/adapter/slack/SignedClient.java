package talkbot.adapter.slack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Sends requests to the adapter as Slack does: signed with {@code v0=} hex HMAC-SHA256 of {@code v0:ts:body}. */
public final class SignedClient {
    private static final java.util.concurrent.atomic.AtomicLong TRIGGERS = new java.util.concurrent.atomic.AtomicLong();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String secret;

    SignedClient(int port, String secret) {
        this.base = "http://127.0.0.1:" + port;
        this.secret = secret;
    }

    static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** A slash command as Slack posts it. */
    static String slashCommand(String channel, String text, String responseUrl) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("token", "legacy-verification-token");
        f.put("team_id", FakeSlackApi.TEAM_ID);
        f.put("team_domain", "test");
        f.put("channel_id", channel);
        f.put("channel_name", "general");
        f.put("user_id", "U0USER01");
        f.put("user_name", "alice");
        f.put("command", "/talks");
        f.put("text", text);
        f.put("api_app_id", "A0APP001");
        f.put("response_url", responseUrl);
        f.put("trigger_id", "123.456." + TRIGGERS.incrementAndGet()); // Slack's is new for every invocation
        return form(f);
    }

    HttpResponse<String> postCommand(String body) {
        return post(body, "application/x-www-form-urlencoded", now(), Map.of());
    }

    HttpResponse<String> postJson(String body) {
        return post(body, "application/json", now(), Map.of());
    }

    HttpResponse<String> postJson(String body, Map<String, String> headers) {
        return post(body, "application/json", now(), headers);
    }

    /** Signed with this client's secret at {@code timestamp}; extra headers may override the signature. */
    HttpResponse<String> post(String body, String contentType, long timestamp, Map<String, String> headers) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("X-Slack-Request-Timestamp", String.valueOf(timestamp));
        h.put("X-Slack-Signature", sign(secret, timestamp, body));
        h.putAll(headers);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        h.forEach((name, value) -> {
            if (value != null) {
                request.header(name, value);
            }
        });
        return send(request.build());
    }

    HttpResponse<String> postUnsigned(String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
