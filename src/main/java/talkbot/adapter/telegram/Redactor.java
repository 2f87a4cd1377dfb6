package talkbot.adapter.telegram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of logs. The Bot API puts the token in every URL, so any text that reaches a
 * log from the HTTP layer or from Telegram goes through {@link #redact}, and any exception goes
 * through {@link #scrub}: a copy whose messages (and its causes' messages) have the token, any
 * token-shaped text and any other given text (such as the user's message) replaced, with the
 * original stack traces.
 */
final class Redactor {

    static final String MASK = "****";

    /** What a bot token looks like: the bot's id, a colon and 30-odd URL-safe characters. */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");

    private final List<String> secrets;

    Redactor(String... secrets) {
        List<String> list = new ArrayList<>();
        for (String s : secrets) {
            if (s != null && !s.isBlank()) {
                list.add(s);
            }
        }
        list.sort(java.util.Comparator.comparingInt(String::length).reversed()); // a secret may contain another
        this.secrets = List.copyOf(list);
    }

    /** This redactor, also hiding {@code text} (a user's message) when it is not blank. */
    Redactor and(String text) {
        List<String> all = new ArrayList<>(secrets);
        all.add(text);
        return new Redactor(all.toArray(String[]::new));
    }

    String redact(String text) {
        if (text == null) {
            return null;
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return TOKEN_SHAPE.matcher(out).replaceAll(MASK);
    }

    /** A copy of {@code t} fit for a log: same stack traces, redacted messages. */
    Throwable scrub(Throwable t) {
        return scrub(t, new IdentityHashMap<>());
    }

    private Throwable scrub(Throwable t, Map<Throwable, Boolean> visiting) {
        if (t == null || visiting.put(t, Boolean.TRUE) != null) {
            return null;
        }
        Throwable cause = t.getCause() == t ? null : scrub(t.getCause(), visiting);
        String message = t.getClass().getName() + (t.getMessage() == null ? "" : ": " + redact(t.getMessage()));
        Scrubbed copy = new Scrubbed(message, cause);
        copy.setStackTrace(t.getStackTrace());
        return copy;
    }

    /** The first 12 hex digits of the SHA-256 of a chat id: enough to follow a chat in the logs, not to find it. */
    static String chatHash(String chatId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(chatId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An exception as a log shows it: the original class name leads the message. */
    static final class Scrubbed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Scrubbed(String message, Throwable cause) {
            super(message, cause, false, true);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }
}
