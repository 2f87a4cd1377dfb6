package talkbot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import talkbot.model.ChatRef;

/**
 * How each kind of setting is read. Every failure is a {@link ConfigException} of one line:
 * {@code NAME: expected WHAT, got 'TEXT'} (a secret's text is never shown).
 */
final class Values {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final Set<String> LOG_LEVELS = Set.of("OFF", "ERROR", "WARN", "INFO", "DEBUG", "TRACE", "ALL");
    private static final Pattern TELEGRAM_CHAT = Pattern.compile("-?[0-9]+|@[A-Za-z][A-Za-z0-9_]{3,}");
    private static final Pattern SLACK_CHANNEL = Pattern.compile("[CDG][A-Z0-9]{2,}");

    private Values() {}

    static Path path(String name, String text) {
        String v = required(name, text);
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw problem(name, "a folder path", v);
        }
    }

    static URI url(String name, String text) {
        String v = required(name, text);
        try {
            URI u = new URI(v);
            if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null) {
                return u;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw problem(name, "an http(s) URL", v);
    }

    /** A PostgreSQL JDBC URL, or nothing; one that holds a password is refused (it goes in TALKBOT_DATABASE_PASSWORD). */
    static Optional<String> databaseUrl(String name, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.toLowerCase(Locale.ROOT).contains("password=")) {
            throw new ConfigException(name + ": holds a password; set it in TALKBOT_DATABASE_PASSWORD instead"
                    + " (the value is not shown)");
        }
        if (!text.matches("jdbc:postgresql://[^/?\\s]+(:[0-9]+)?/[^?\\s]+(\\?\\S*)?")) {
            throw problem(name, "jdbc:postgresql://HOST:PORT/DATABASE", text);
        }
        return Optional.of(text);
    }

    /** An http(s) URL, or nothing. */
    static Optional<URI> optionalUrl(String name, String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(url(name, text));
    }

    /** A port, or nothing (then another setting's port holds). */
    static Optional<Integer> optionalPort(String name, String text) {
        return text == null || text.isEmpty() ? Optional.empty() : Optional.of(wholeNumber(1, 65535).parse(name, text));
    }

    /** Comma-separated http(s) URLs; empty: none. */
    static List<URI> urls(String name, String text) {
        List<URI> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            if (!part.isBlank()) {
                out.add(url(name, part.strip()));
            }
        }
        return List.copyOf(out);
    }

    /** An ISO-8601 duration (PT15M, PT1H) from {@code min} to {@code max}. */
    static Setting.Parser<Duration> duration(Duration min, Duration max) {
        return (name, text) -> {
            String v = required(name, text);
            try {
                Duration d = Duration.parse(v.toUpperCase(Locale.ROOT));
                if (d.compareTo(min) >= 0 && d.compareTo(max) <= 0) {
                    return d;
                }
            } catch (DateTimeException e) {
                // reported below
            }
            throw problem(name, "an ISO-8601 duration from " + min + " to " + max + " (PT15M is 15 minutes)", v);
        };
    }

    /** One of an enum's constants, named in any case ("short", "SKIP"). */
    static <E extends Enum<E>> Setting.Parser<E> choice(Class<E> type) {
        return (name, text) -> {
            String v = required(name, text);
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(v)) {
                    return e;
                }
            }
            List<String> names = new ArrayList<>();
            for (E e : type.getEnumConstants()) {
                names.add(e.name().toLowerCase(Locale.ROOT));
            }
            throw problem(name, "one of " + String.join(", ", names), v);
        };
    }

    static Setting.Parser<Integer> wholeNumber(int min, int max) {
        return (name, text) -> {
            String v = required(name, text);
            try {
                int i = Integer.parseInt(v);
                if (i >= min && i <= max) {
                    return i;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw problem(name, "a whole number from " + min + " to " + max, v);
        };
    }

    static LocalTime time(String name, String text) {
        String v = required(name, text);
        try {
            return LocalTime.parse(v, TIME);
        } catch (DateTimeException e) {
            throw problem(name, "a time as HH:MM (24-hour)", v);
        }
    }

    static ZoneId zone(String name, String text) {
        String v = required(name, text);
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw problem(name, "a time zone such as Europe/London or UTC", v);
        }
    }

    /** Comma-separated {@code platform:chat-id}: Telegram chat ids (-100…, or @channel), Slack channel ids (C…). */
    static List<ChatRef> chats(String name, String text) {
        List<ChatRef> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            String platform = colon < 0 ? "" : p.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String id = colon < 0 ? "" : p.substring(colon + 1).strip();
            boolean ok = switch (platform) {
                case "telegram" -> TELEGRAM_CHAT.matcher(id).matches();
                case "slack" -> SLACK_CHANNEL.matcher(id).matches();
                default -> false;
            };
            if (!ok) {
                throw problem(name, "telegram:CHAT-ID or slack:CHANNEL-ID, comma-separated "
                        + "(telegram:-1001234567890,slack:C0123456789)", p);
            }
            out.add(new ChatRef(platform, id));
        }
        return List.copyOf(out);
    }

    static String logLevel(String name, String text) {
        if (text == null || text.isEmpty()) {
            return "INFO";
        }
        String level = text.toUpperCase(Locale.ROOT);
        if (!LOG_LEVELS.contains(level)) {
            throw problem(name, "one of ERROR, WARN, INFO, DEBUG, TRACE or OFF", text);
        }
        return level;
    }

    /** An optional secret of the given shape; the message on a bad one never shows its text. */
    static Setting.Parser<Optional<Secret>> secret(String shape, String expected) {
        Pattern pattern = Pattern.compile(shape);
        return (name, text) -> {
            if (text == null || text.isEmpty()) {
                return Optional.empty();
            }
            if (!pattern.matcher(text).matches()) {
                throw new ConfigException(name + ": expected " + expected + " (the value is not shown: it is a secret)");
            }
            return Optional.of(new Secret(text));
        };
    }

    private static String required(String name, String text) {
        if (text == null || text.isEmpty()) {
            throw new ConfigException(name + ": must be set (its default is in " + SettingsLoader.CONFIG_FILE + ")");
        }
        return text;
    }

    private static ConfigException problem(String name, String expected, String got) {
        return new ConfigException(name + ": expected " + expected + ", got '" + oneLine(got) + "'");
    }

    /** The text as it can be shown in one line: control characters escaped, long text cut. */
    static String oneLine(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(80).forEach(c -> {
            if (Character.isISOControl(c)) {
                b.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > 80 ? b + "…" : b.toString();
    }
}
