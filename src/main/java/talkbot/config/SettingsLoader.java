package talkbot.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import talkbot.chat.ChatRef;

/**
 * Resolves settings: the defaults in {@code config/talkbot.properties} (packaged in the jar, so
 * they hold wherever the jar runs), then that file in the working directory or the one named by
 * {@code TALKBOT_CONFIG}, then environment variables of the same names. Secrets are read from the
 * environment only. An invalid value throws a {@link ConfigException} naming the setting.
 */
public final class SettingsLoader {

    public static final String CONFIG_FILE = "config/talkbot.properties";
    static final String DEFAULTS_RESOURCE = "/talkbot.properties";
    static final Set<String> SECRETS =
            Set.of("TELEGRAM_BOT_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_APP_TOKEN");

    private SettingsLoader() {}

    /** Settings from the process environment. */
    public static Settings fromEnvironment() {
        return load(System.getenv());
    }

    public static Settings load(Map<String, String> env) {
        Properties p = new Properties();
        try (InputStream in = SettingsLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new ConfigException("the built-in defaults " + DEFAULTS_RESOURCE + " are missing from the jar");
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read the built-in defaults: " + e.getMessage());
        }
        String named = env.get("TALKBOT_CONFIG");
        Path file = Path.of(named != null && !named.isBlank() ? named : CONFIG_FILE);
        if (Files.isRegularFile(file)) {
            Properties fromFile = new Properties();
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                fromFile.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new ConfigException("cannot read " + file + ": " + e.getMessage());
            }
            for (String key : fromFile.stringPropertyNames()) {
                if (SECRETS.contains(key)) {
                    throw new ConfigException(key + " is set in " + file
                            + ": secrets come from the environment only; remove it from the file");
                }
            }
            p.putAll(fromFile);
        } else if (named != null && !named.isBlank()) {
            throw new ConfigException("TALKBOT_CONFIG: no such file " + file);
        }
        env.forEach((k, v) -> {
            if (k.startsWith("TALKBOT_") || k.startsWith("TELEGRAM_") || k.startsWith("SLACK_")) {
                p.setProperty(k, v);
            }
        });
        return resolve(p);
    }

    private static Settings resolve(Properties p) {
        return new Settings(
                path(p, "TALKBOT_CORPUS"),
                path(p, "TALKBOT_DATA_DIR"),
                secret(p, "TELEGRAM_BOT_TOKEN"),
                url(p, "TELEGRAM_API_URL"),
                secret(p, "SLACK_BOT_TOKEN"),
                secret(p, "SLACK_SIGNING_SECRET"),
                secret(p, "SLACK_APP_TOKEN"),
                url(p, "SLACK_API_URL"),
                integer(p, "SLACK_PORT", 1, 65535),
                time(p, "TALKBOT_SUMMARY_TIME"),
                zone(p, "TALKBOT_SUMMARY_ZONE"),
                chats(p, "TALKBOT_SUBSCRIPTIONS"),
                integer(p, "TALKBOT_RATE_LIMIT", 1, 100_000),
                integer(p, "TALKBOT_INBOX_LIMIT", 1, 10_000_000),
                java.time.Duration.ofSeconds(integer(p, "TALKBOT_SHUTDOWN_GRACE", 0, 3600)),
                integer(p, "TALKBOT_MIN_FREE_MB", 0, Integer.MAX_VALUE));
    }

    private static String required(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new ConfigException(key + ": must be set (see " + CONFIG_FILE + ")");
        }
        return v.strip();
    }

    private static Path path(Properties p, String key) {
        try {
            return Path.of(required(p, key));
        } catch (java.nio.file.InvalidPathException e) {
            throw new ConfigException(key + ": not a valid path: " + e.getMessage());
        }
    }

    private static Optional<Secret> secret(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(new Secret(v.strip()));
    }

    private static URI url(Properties p, String key) {
        String v = required(p, key);
        try {
            URI u = new URI(v);
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme())) || u.getHost() == null) {
                throw new ConfigException(key + ": expected an http(s) URL, got '" + v + "'");
            }
            return u;
        } catch (java.net.URISyntaxException e) {
            throw new ConfigException(key + ": expected an http(s) URL, got '" + v + "'");
        }
    }

    private static int integer(Properties p, String key, int min, int max) {
        String v = required(p, key);
        try {
            int i = Integer.parseInt(v);
            if (i < min || i > max) {
                throw new NumberFormatException();
            }
            return i;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + ": expected a whole number from " + min + " to " + max + ", got '" + v + "'");
        }
    }

    private static LocalTime time(Properties p, String key) {
        String v = required(p, key);
        try {
            return LocalTime.parse(v, DateTimeFormatter.ofPattern("H:mm"));
        } catch (DateTimeException e) {
            throw new ConfigException(key + ": expected a time as HH:MM (24-hour), got '" + v + "'");
        }
    }

    private static ZoneId zone(Properties p, String key) {
        String v = required(p, key);
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new ConfigException(key + ": expected a time zone such as Europe/London or UTC, got '" + v + "'");
        }
    }

    private static List<ChatRef> chats(Properties p, String key) {
        String v = p.getProperty(key, "");
        List<ChatRef> out = new ArrayList<>();
        for (String part : v.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(ChatRef.parse(part.strip()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key + ": " + e.getMessage());
            }
        }
        return out;
    }
}
