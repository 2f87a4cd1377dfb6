package talkbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Resolves settings: the defaults in {@code config/talkbot.properties} (packaged in the jar, so
 * they hold wherever the jar runs), then that file in the working directory or the one named by
 * {@code TALKBOT_CONFIG}, then environment variables of the same names. Secrets are read from the
 * environment only. Every setting is checked ({@link Known} lists them and how): an invalid value,
 * a secret in a file, or a name talkbot does not know in a file (or a {@code TALKBOT_} variable)
 * throws a {@link ConfigException} of one line naming it.
 */
public final class SettingsLoader {

    public static final String CONFIG_FILE = "config/talkbot.properties";
    static final String DEFAULTS_RESOURCE = "/talkbot.properties";
    /** Environment variables in talkbot's own namespace: a name in it that talkbot does not know is a typo. */
    private static final String OWN_PREFIX = "TALKBOT_";

    private SettingsLoader() {}

    /** Settings from the process environment. */
    public static Settings fromEnvironment() {
        return load(System.getenv());
    }

    public static Settings load(Map<String, String> env) {
        return resolve(properties(env));
    }

    /** The live-news settings (feeds, their interval) and the daily post's quiet days, from the process environment. */
    public static NewsSettings newsFromEnvironment() {
        return news(System.getenv());
    }

    /** The live-news settings, resolved as {@link #load} resolves the others (and as strict about them). */
    public static NewsSettings news(Map<String, String> env) {
        Properties p = properties(env);
        return new NewsSettings(Known.FEEDS.read(p), Known.FEED_INTERVAL.read(p), Known.SUMMARY_WHEN_QUIET.read(p));
    }

    /** The settings' texts: the defaults, then the config file, then the environment, every name checked. */
    private static Properties properties(Map<String, String> env) {
        Properties p = defaults();
        String named = env.get(Known.CONFIG.name());
        Path file = Path.of(named != null && !named.isBlank() ? named.strip() : CONFIG_FILE);
        if (Files.isRegularFile(file)) {
            p.putAll(checkedFile(file));
        } else if (named != null && !named.isBlank()) {
            throw new ConfigException(Known.CONFIG.name() + ": no such file " + file);
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            String key = e.getKey();
            if (Known.named(key).isPresent()) {
                p.setProperty(key, e.getValue());
            } else if (key.startsWith(OWN_PREFIX)) {
                throw unknown(key, "in the environment");
            }
        }
        return p;
    }

    private static Properties defaults() {
        Properties p = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new ConfigException("the built-in defaults " + DEFAULTS_RESOURCE + " are missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read the built-in defaults: " + e.getMessage());
        }
        return p;
    }

    /** The settings of a config file: every name in it must be a setting that may be set in a file. */
    private static Properties checkedFile(Path file) {
        Properties fromFile = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            fromFile.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage());
        }
        for (String key : new TreeSet<>(fromFile.stringPropertyNames())) {
            Setting<?> setting = Known.named(key).orElseThrow(() -> unknown(key, "in " + file));
            if (setting.source() == Setting.Source.ENVIRONMENT_ONLY) {
                throw new ConfigException(key + " is set in " + file + ": it is read from the environment only; "
                        + "remove it from the file and set it in the environment");
            }
        }
        return fromFile;
    }

    private static ConfigException unknown(String key, String where) {
        String hint = ClosestName.to(key, Known.names())
                .map(k -> "did you mean " + k + "?")
                .orElse("the settings are listed in " + CONFIG_FILE);
        return new ConfigException(Values.oneLine(key) + " (" + where + ") is not a talkbot setting: " + hint);
    }

    private static Settings resolve(Properties p) {
        Known.LOG_LEVEL.read(p);
        return new Settings(
                Known.CORPUS.read(p),
                Known.DATA_DIR.read(p),
                Known.TELEGRAM_BOT_TOKEN.read(p),
                Known.TELEGRAM_API_URL.read(p),
                Known.SLACK_BOT_TOKEN.read(p),
                Known.SLACK_SIGNING_SECRET.read(p),
                Known.SLACK_APP_TOKEN.read(p),
                Known.SLACK_API_URL.read(p),
                Known.SLACK_PORT.read(p),
                Known.SUMMARY_TIME.read(p),
                Known.SUMMARY_ZONE.read(p),
                Known.SUBSCRIPTIONS.read(p),
                Known.RATE_LIMIT.read(p),
                Known.INBOX_LIMIT.read(p),
                java.time.Duration.ofSeconds(Known.SHUTDOWN_GRACE.read(p)),
                Known.MIN_FREE_MB.read(p),
                java.time.Duration.ofMinutes(Known.CONTEXT_MINUTES.read(p)),
                Known.FEEDBACK_DAYS.read(p),
                new Deployment(Known.HTTP_PORT.read(p).orElse(Known.SLACK_PORT.read(p)), Known.HTTP_PORT.read(p).isPresent(),
                        Known.DATABASE_URL.read(p),
                        Known.DATABASE_USER.read(p), Known.DATABASE_PASSWORD.read(p), Known.TELEGRAM_WEBHOOK_URL.read(p),
                        Known.TELEGRAM_WEBHOOK_SECRET.read(p)));
    }
}
