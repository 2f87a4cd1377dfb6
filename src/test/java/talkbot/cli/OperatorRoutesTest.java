package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.metrics.BotMetrics;
import talkbot.metrics.PrometheusEndpoint;
import talkbot.store.SqliteStore;
import talkbot.web.WebServer;

/** /health, /ready and /metrics on the bot's one HTTP server. */
class OperatorRoutesTest {
    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(WebServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readyOnlyOnceStartedAndWhileTheStoreAnswersAndMetricsCountQuestions() throws Exception {
        AtomicBoolean started = new AtomicBoolean();
        SqliteStore store = SqliteStore.open(dir);
        try (PrometheusEndpoint metrics = new PrometheusEndpoint();
                WebServer server = new WebServer(new InetSocketAddress("127.0.0.1", 0), "TALKBOT_HTTP_PORT", 4,
                        Duration.ofSeconds(5))) {
            OperatorRoutes.install(server, store, () -> 3, started::get, metrics);
            server.start();

            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            HttpResponse<String> starting = get(server, "/ready");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.body()).contains("starting");
            started.set(true);
            assertThat(get(server, "/ready").statusCode()).isEqualTo(200);

            BotMetrics.question("slack", "who", true, 2_000_000);
            BotMetrics.question("slack", "who", false, 1_000_000);
            BotMetrics.dailyPost("telegram");
            HttpResponse<String> scraped = get(server, "/metrics");
            assertThat(scraped.statusCode()).isEqualTo(200);
            assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            assertThat(scraped.body())
                    .contains("talkbot_questions_total{intent=\"who\",outcome=\"answered\",platform=\"slack\"} 1.0")
                    .contains("talkbot_questions_total{intent=\"who\",outcome=\"refused\",platform=\"slack\"} 1.0")
                    .contains("talkbot_answer_latency_seconds_bucket{")
                    .contains("talkbot_daily_posts_total{platform=\"telegram\"} 1.0");

            store.close(); // the store no longer answers: no traffic for this replica
            HttpResponse<String> down = get(server, "/ready");
            assertThat(down.statusCode()).isEqualTo(503);
            assertThat(get(server, "/health").statusCode()).as("alive all the same").isEqualTo(200);
            assertThat(get(server, "/metrics/x").statusCode()).isEqualTo(404);
        }
    }
}
