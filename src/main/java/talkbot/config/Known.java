package talkbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import talkbot.model.ChatRef;
import talkbot.config.Setting.Source;

/**
 * Every setting talkbot reads, and how each is checked. To add one: a constant here (and in
 * {@link #ALL}), its default with a comment in {@code config/talkbot.properties} and
 * {@code .env.example}, and a component of {@link Settings} (or of {@link NewsSettings}, for live news)
 * filled in by {@link SettingsLoader}.
 * {@code KnownSettingsTest} fails until the files and this list agree.
 */
final class Known {
    static final Setting<Path> CORPUS = file("TALKBOT_CORPUS", Values::path);
    static final Setting<Path> DATA_DIR = file("TALKBOT_DATA_DIR", Values::path);
    static final Setting<Optional<Secret>> TELEGRAM_BOT_TOKEN = secret("TELEGRAM_BOT_TOKEN",
            "[0-9]+:[A-Za-z0-9_-]+", "the token @BotFather gave, digits, a colon and letters (123456789:AA…)");
    static final Setting<URI> TELEGRAM_API_URL = file("TELEGRAM_API_URL", Values::url);
    static final Setting<Optional<Secret>> SLACK_BOT_TOKEN = secret("SLACK_BOT_TOKEN",
            "xoxb-\\S+", "a bot token starting with xoxb-");
    static final Setting<Optional<Secret>> SLACK_SIGNING_SECRET = secret("SLACK_SIGNING_SECRET",
            "[A-Za-z0-9]+", "the app's signing secret, letters and digits only");
    static final Setting<Optional<Secret>> SLACK_APP_TOKEN = secret("SLACK_APP_TOKEN",
            "xapp-\\S+", "an app-level token starting with xapp-");
    static final Setting<URI> SLACK_API_URL = file("SLACK_API_URL", Values::url);
    static final Setting<Integer> SLACK_PORT = file("SLACK_PORT", Values.wholeNumber(1, 65535));
    static final Setting<LocalTime> SUMMARY_TIME = file("TALKBOT_SUMMARY_TIME", Values::time);
    static final Setting<ZoneId> SUMMARY_ZONE = file("TALKBOT_SUMMARY_ZONE", Values::zone);
    static final Setting<List<ChatRef>> SUBSCRIPTIONS = file("TALKBOT_SUBSCRIPTIONS", Values::chats);
    static final Setting<Integer> RATE_LIMIT = file("TALKBOT_RATE_LIMIT", Values.wholeNumber(1, 100_000));
    static final Setting<Integer> INBOX_LIMIT = file("TALKBOT_INBOX_LIMIT", Values.wholeNumber(1, 10_000_000));
    static final Setting<Integer> SHUTDOWN_GRACE = file("TALKBOT_SHUTDOWN_GRACE", Values.wholeNumber(0, 3600));
    static final Setting<Integer> MIN_FREE_MB = file("TALKBOT_MIN_FREE_MB", Values.wholeNumber(0, Integer.MAX_VALUE));
    static final Setting<Integer> CONTEXT_MINUTES = file("TALKBOT_CONTEXT_MINUTES", Values.wholeNumber(0, 1440));
    static final Setting<Integer> FEEDBACK_DAYS = file("TALKBOT_FEEDBACK_DAYS", Values.wholeNumber(1, 3650));
    static final Setting<List<URI>> FEEDS = file("TALKBOT_FEEDS", Values::urls);
    static final Setting<Duration> FEED_INTERVAL = file("TALKBOT_FEED_INTERVAL",
            Values.duration(Duration.ofSeconds(5), Duration.ofDays(1)));
    static final Setting<WhenQuiet> SUMMARY_WHEN_QUIET = file("TALKBOT_SUMMARY_WHEN_QUIET", Values.choice(WhenQuiet.class));
    static final Setting<Optional<Integer>> HTTP_PORT = file("TALKBOT_HTTP_PORT", Values::optionalPort);
    static final Setting<Optional<String>> DATABASE_URL = file("TALKBOT_DATABASE_URL", Values::databaseUrl);
    static final Setting<Optional<Secret>> DATABASE_USER = secret("TALKBOT_DATABASE_USER",
            "\\S+", "a database user name");
    static final Setting<Optional<Secret>> DATABASE_PASSWORD = secret("TALKBOT_DATABASE_PASSWORD",
            "\\S+", "a password without spaces");
    static final Setting<Optional<URI>> TELEGRAM_WEBHOOK_URL = file("TELEGRAM_WEBHOOK_URL", Values::optionalUrl);
    static final Setting<Optional<Secret>> TELEGRAM_WEBHOOK_SECRET = secret("TELEGRAM_WEBHOOK_SECRET",
            "[A-Za-z0-9_-]{1,256}", "1 to 256 letters, digits, _ or - (Telegram's secret_token)");
    /** Read by the logging set-up (talkbot.LogSetup) from the environment before any settings are loaded, so it cannot come from a file. */
    static final Setting<String> LOG_LEVEL = new Setting<>("TALKBOT_LOG_LEVEL", Source.ENVIRONMENT_ONLY, Values::logLevel);
    /** Names the config file itself. */
    static final Setting<String> CONFIG = new Setting<>("TALKBOT_CONFIG", Source.ENVIRONMENT_ONLY, (name, text) -> text);

    static final List<Setting<?>> ALL = List.of(CORPUS, DATA_DIR, TELEGRAM_BOT_TOKEN, TELEGRAM_API_URL,
            SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_APP_TOKEN, SLACK_API_URL, SLACK_PORT, SUMMARY_TIME,
            SUMMARY_ZONE, SUBSCRIPTIONS, RATE_LIMIT, INBOX_LIMIT, SHUTDOWN_GRACE, MIN_FREE_MB, CONTEXT_MINUTES,
            FEEDBACK_DAYS, LOG_LEVEL, CONFIG, FEEDS, FEED_INTERVAL, SUMMARY_WHEN_QUIET, HTTP_PORT, DATABASE_URL,
            DATABASE_USER, DATABASE_PASSWORD, TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET);

    private Known() {}

    static Optional<Setting<?>> named(String name) {
        return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    static List<String> names() {
        return ALL.stream().map(Setting::name).toList();
    }

    private static <T> Setting<T> file(String name, Setting.Parser<T> parser) {
        return new Setting<>(name, Source.FILE_OR_ENVIRONMENT, parser);
    }

    private static Setting<Optional<Secret>> secret(String name, String shape, String expected) {
        return new Setting<>(name, Source.ENVIRONMENT_ONLY, Values.secret(shape, expected));
    }
}
