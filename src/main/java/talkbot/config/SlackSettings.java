package talkbot.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Slack adapter needs, and nothing of the other platforms': the bot token, the signing
 * secret (HTTP mode) or the app-level token (Socket Mode), the Web API's URL, the port of its own
 * HTTP server when the bot runs none for everything (SLACK_PORT), and the inbox's limits.
 * Secrets show as **** in toString.
 */
public record SlackSettings(Secret botToken, Optional<Secret> signingSecret, Optional<Secret> appToken, URI apiUrl,
        int port, DeliverySettings delivery) {
    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(appToken, "appToken");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(delivery, "delivery");
    }
}
