package talkbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import talkbot.model.ChatRef;

/**
 * Every setting, resolved and validated. Built by {@link SettingsLoader}. Each platform adapter
 * is handed only its own part ({@link #telegram()}, {@link #slack()}).
 */
public record Settings(
        Path corpus,
        Path dataDir,
        Optional<Secret> telegramBotToken,
        URI telegramApiUrl,
        Optional<Secret> slackBotToken,
        Optional<Secret> slackSigningSecret,
        Optional<Secret> slackAppToken,
        URI slackApiUrl,
        int slackPort,
        LocalTime summaryTime,
        ZoneId summaryZone,
        List<ChatRef> staticSubscriptions,
        int rateLimitPerMinute,
        int inboxLimit,
        Duration shutdownGrace,
        long minFreeMb,
        Duration context,
        int feedbackDays,
        Deployment deployment) {

    public static final int DEFAULT_INBOX_LIMIT = 10_000;
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(10);
    public static final long DEFAULT_MIN_FREE_MB = 64;
    public static final Duration DEFAULT_CONTEXT = Duration.ofMinutes(10);
    public static final int DEFAULT_FEEDBACK_DAYS = 90;

    /**
     * Settings with the delivery defaults (inbox limit, shutdown grace, free-space floor) and the
     * conversation defaults (context kept 10 minutes, votes kept 90 days).
     */
    public Settings(Path corpus, Path dataDir, Optional<Secret> telegramBotToken, URI telegramApiUrl,
            Optional<Secret> slackBotToken, Optional<Secret> slackSigningSecret, Optional<Secret> slackAppToken,
            URI slackApiUrl, int slackPort, LocalTime summaryTime, ZoneId summaryZone,
            List<ChatRef> staticSubscriptions, int rateLimitPerMinute) {
        this(corpus, dataDir, telegramBotToken, telegramApiUrl, slackBotToken, slackSigningSecret, slackAppToken,
                slackApiUrl, slackPort, summaryTime, summaryZone, staticSubscriptions, rateLimitPerMinute,
                DEFAULT_INBOX_LIMIT, DEFAULT_SHUTDOWN_GRACE, DEFAULT_MIN_FREE_MB, DEFAULT_CONTEXT, DEFAULT_FEEDBACK_DAYS,
                Deployment.single(slackPort));
    }

    public Settings {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(telegramBotToken, "telegramBotToken");
        Objects.requireNonNull(telegramApiUrl, "telegramApiUrl");
        Objects.requireNonNull(slackBotToken, "slackBotToken");
        Objects.requireNonNull(slackSigningSecret, "slackSigningSecret");
        Objects.requireNonNull(slackAppToken, "slackAppToken");
        Objects.requireNonNull(slackApiUrl, "slackApiUrl");
        Objects.requireNonNull(summaryTime, "summaryTime");
        Objects.requireNonNull(summaryZone, "summaryZone");
        staticSubscriptions = List.copyOf(staticSubscriptions);
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(deployment, "deployment");
    }

    /** What every platform's inbox needs. */
    public DeliverySettings delivery() {
        return new DeliverySettings(inboxLimit, shutdownGrace, dataDir, minFreeMb);
    }

    /** The Telegram adapter's settings; empty when TELEGRAM_BOT_TOKEN is not set. */
    public Optional<TelegramSettings> telegram() {
        return telegramBotToken.map(token -> new TelegramSettings(token, telegramApiUrl, deployment.telegramWebhookUrl(),
                deployment.telegramWebhookSecret(), delivery()));
    }

    /** The Slack adapter's settings; empty when SLACK_BOT_TOKEN is not set. */
    public Optional<SlackSettings> slack() {
        return slackBotToken.map(token -> new SlackSettings(token, slackSigningSecret, slackAppToken, slackApiUrl,
                slackPort, delivery()));
    }

    public Settings withCorpus(Path corpus) {
        return new Settings(corpus, dataDir, telegramBotToken, telegramApiUrl, slackBotToken, slackSigningSecret,
                slackAppToken, slackApiUrl, slackPort, summaryTime, summaryZone, staticSubscriptions,
                rateLimitPerMinute, inboxLimit, shutdownGrace, minFreeMb, context, feedbackDays, deployment);
    }

    /** The same settings deployed otherwise. */
    public Settings withDeployment(Deployment deployment) {
        return new Settings(corpus, dataDir, telegramBotToken, telegramApiUrl, slackBotToken, slackSigningSecret,
                slackAppToken, slackApiUrl, slackPort, summaryTime, summaryZone, staticSubscriptions,
                rateLimitPerMinute, inboxLimit, shutdownGrace, minFreeMb, context, feedbackDays, deployment);
    }

    /** The same settings with other delivery limits. */
    public Settings withDelivery(int inboxLimit, Duration shutdownGrace, long minFreeMb) {
        return new Settings(corpus, dataDir, telegramBotToken, telegramApiUrl, slackBotToken, slackSigningSecret,
                slackAppToken, slackApiUrl, slackPort, summaryTime, summaryZone, staticSubscriptions,
                rateLimitPerMinute, inboxLimit, shutdownGrace, minFreeMb, context, feedbackDays, deployment);
    }

    /** The same settings with another conversation context time and feedback retention. */
    public Settings withConversation(Duration context, int feedbackDays) {
        return new Settings(corpus, dataDir, telegramBotToken, telegramApiUrl, slackBotToken, slackSigningSecret,
                slackAppToken, slackApiUrl, slackPort, summaryTime, summaryZone, staticSubscriptions,
                rateLimitPerMinute, inboxLimit, shutdownGrace, minFreeMb, context, feedbackDays, deployment);
    }
}
