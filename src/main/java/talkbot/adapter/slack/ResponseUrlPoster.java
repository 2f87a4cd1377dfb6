package talkbot.adapter.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts a slash command's answer to its {@code response_url} when it was not ready in time to
 * ride in the acknowledgement; 429s and other passing failures are tried again within bounds.
 */
final class ResponseUrlPoster {
    private static final Logger LOG = LoggerFactory.getLogger(ResponseUrlPoster.class);

    private final HttpClient http;
    private final Retries retries;

    ResponseUrlPoster(Retries retries) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.retries = retries;
    }

    /** True when Slack took the message. */
    boolean post(String responseUrl, String json) {
        URI uri;
        try {
            uri = URI.create(responseUrl);
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException("not http(s)");
            }
        } catch (RuntimeException e) {
            LOG.warn("slack: cannot answer a command: its response_url is not a URL");
            return false;
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build();
        for (int attempt = 1; ; attempt++) {
            Duration wait;
            String problem;
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return true;
                }
                problem = "http_" + status;
                if (status == 429) {
                    wait = retries.retryAfter(response.headers().firstValue("Retry-After").orElse(null));
                } else if (status >= 500) {
                    wait = retries.backoff();
                } else {
                    LOG.warn("slack: response_url refused the answer ({})", problem);
                    return false;
                }
            } catch (IOException e) {
                problem = "network: " + e.getClass().getSimpleName();
                wait = retries.backoff();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            if (attempt >= retries.attempts() || !retries.pause(wait)) {
                LOG.warn("slack: posting to response_url failed after {} attempt(s): {}", attempt, problem);
                return false;
            }
        }
    }
}
