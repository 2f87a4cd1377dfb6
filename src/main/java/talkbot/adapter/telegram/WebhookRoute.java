package talkbot.adapter.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.web.WebServer;

/**
 * {@code POST /telegram/webhook}: Telegram posts each update here (webhook mode). The secret token
 * Telegram sends back is compared in constant time (401 otherwise); the update is written to the
 * inbox before the 200, keyed by its update_id, so that Telegram's retries, and the same update
 * posted to two replicas, are answered once. When the inbox cannot take it in time the answer is a
 * 503 and Telegram sends it again later.
 */
final class WebhookRoute implements WebServer.Route {
    static final String PATH = "/telegram/webhook";
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookRoute.class);
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final byte[] secret;
    private final InboxWorkers workers;
    private final MessageRouter router;
    private final Duration budget;

    WebhookRoute(String secret, InboxWorkers workers, MessageRouter router, Duration budget) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.workers = workers;
        this.router = router;
        this.budget = budget;
    }

    @Override
    public WebServer.Reply handle(WebServer.Incoming request) throws InterruptedException {
        String given = request.header(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            LOG.warn("telegram: refused a webhook request without the right secret token (401)");
            return WebServer.Reply.json(401, "{\"error\":\"wrong secret token\"}");
        }
        Update update;
        try {
            update = JSON.readValue(request.body(), Update.class);
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("telegram: refused an unreadable webhook update (400): {}", e.getClass().getSimpleName());
            return WebServer.Reply.json(400, "{\"error\":\"unreadable update\"}");
        }
        if (update == null || update.getUpdateId() == null) {
            return WebServer.Reply.json(400, "{\"error\":\"no update_id\"}");
        }
        var arrival = UpdatePoller.arrival(update, router);
        if (arrival.isEmpty()) {
            return WebServer.Reply.json(200, "");
        }
        try {
            workers.accept(List.of(arrival.get()), null).get(budget.toMillis(), TimeUnit.MILLISECONDS);
            return WebServer.Reply.json(200, "");
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            LOG.warn("telegram: cannot take an update into the inbox now, so Telegram sends it again (503): {}",
                    cause.getMessage());
            return WebServer.Reply.json(503, "{\"error\":\"try again later\"}");
        }
    }
}
