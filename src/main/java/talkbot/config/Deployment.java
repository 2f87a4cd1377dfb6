package talkbot.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * How the bot is deployed: its one HTTP port, the shared database that several replicas use (none:
 * SQLite in the data directory), and Telegram's webhook (none: long polling).
 *
 * @param httpPort              TALKBOT_HTTP_PORT, or SLACK_PORT when that is not set
 * @param httpPortSet           whether TALKBOT_HTTP_PORT was set (then the server runs whatever else does)
 * @param databaseUrl           TALKBOT_DATABASE_URL, {@code jdbc:postgresql://HOST:PORT/DB}
 * @param databaseUser          TALKBOT_DATABASE_USER (environment only)
 * @param databasePassword      TALKBOT_DATABASE_PASSWORD (environment only)
 * @param telegramWebhookUrl    TELEGRAM_WEBHOOK_URL: Telegram posts updates there instead of being polled
 * @param telegramWebhookSecret TELEGRAM_WEBHOOK_SECRET (environment only): what Telegram sends back with each
 */
public record Deployment(int httpPort, boolean httpPortSet, Optional<String> databaseUrl, Optional<Secret> databaseUser,
        Optional<Secret> databasePassword, Optional<URI> telegramWebhookUrl, Optional<Secret> telegramWebhookSecret) {

    public static final int DEFAULT_HTTP_PORT = 3000;

    public Deployment {
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(databaseUser, "databaseUser");
        Objects.requireNonNull(databasePassword, "databasePassword");
        Objects.requireNonNull(telegramWebhookUrl, "telegramWebhookUrl");
        Objects.requireNonNull(telegramWebhookSecret, "telegramWebhookSecret");
        if (telegramWebhookUrl.isPresent() && telegramWebhookSecret.isEmpty()) {
            throw new ConfigException("TELEGRAM_WEBHOOK_SECRET: must be set with TELEGRAM_WEBHOOK_URL"
                    + " (Telegram sends it back with every update, so that nobody else can post updates)");
        }
    }

    /** One process, SQLite, long polling, the HTTP server on {@code port}. */
    public static Deployment single(int port) {
        return new Deployment(port, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /**
     * Whether the bot's HTTP server runs even without Slack's HTTP mode: TALKBOT_HTTP_PORT is set,
     * replicas share a database (their load balancer asks /ready), or Telegram posts to a webhook.
     */
    public boolean serveHttp() {
        return httpPortSet || databaseUrl.isPresent() || telegramWebhookUrl.isPresent();
    }

    public Deployment withHttpPort(int port) {
        return new Deployment(port, true, databaseUrl, databaseUser, databasePassword, telegramWebhookUrl,
                telegramWebhookSecret);
    }
}
