package talkbot.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * What the Telegram adapter needs, and nothing of the other platforms': the bot token, the Bot
 * API's URL, the webhook Telegram posts updates to (none: long polling) with its secret, and the
 * inbox's limits. Secrets show as **** in toString.
 */
public record TelegramSettings(Secret botToken, URI apiUrl, Optional<URI> webhookUrl, Optional<Secret> webhookSecret,
        DeliverySettings delivery) {
    public TelegramSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(webhookUrl, "webhookUrl");
        Objects.requireNonNull(webhookSecret, "webhookSecret");
        Objects.requireNonNull(delivery, "delivery");
        if (webhookUrl.isPresent() && webhookSecret.isEmpty()) {
            throw new ConfigException("TELEGRAM_WEBHOOK_SECRET: must be set with TELEGRAM_WEBHOOK_URL");
        }
    }
}
