package talkbot.cli;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import talkbot.metrics.PrometheusEndpoint;
import talkbot.store.Store;
import talkbot.web.WebServer;

/**
 * The operator's routes on the bot's HTTP server: {@code GET /health} (alive: 200 while the process
 * serves), {@code GET /ready} (200 once the platforms are started, while the store answers and the
 * corpus is loaded; else 503 saying why, so that a load balancer sends no traffic) and
 * {@code GET /metrics} (Prometheus text).
 */
final class OperatorRoutes {
    static final String HEALTH = "/health";
    static final String READY = "/ready";
    static final String METRICS = "/metrics";

    private OperatorRoutes() {}

    /** @param articles how many articles the live corpus holds now (it grows while the bot runs) */
    static void install(WebServer server, Store store, IntSupplier articles, BooleanSupplier started,
            PrometheusEndpoint metrics) {
        server.route("GET", HEALTH, r -> WebServer.Reply.json(200,
                "{\"status\":\"ok\",\"articles\":" + articles.getAsInt() + "}"));
        server.route("GET", READY, r -> {
            int count = articles.getAsInt();
            Optional<String> problem = count == 0 ? Optional.of("the corpus has no articles")
                    : !started.getAsBoolean() ? Optional.of("starting") : store.problem();
            return problem.map(p -> WebServer.Reply.json(503, "{\"ready\":false,\"reason\":" + quote(p) + "}"))
                    .orElseGet(() -> WebServer.Reply.json(200, "{\"ready\":true,\"articles\":" + count + "}"));
        });
        server.route("GET", METRICS, r -> WebServer.Reply.text(200, PrometheusEndpoint.CONTENT_TYPE, metrics.scrape()));
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
