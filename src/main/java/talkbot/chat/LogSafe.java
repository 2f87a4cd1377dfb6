package talkbot.chat;

import java.util.regex.Pattern;

/**
 * A failure as a log line may show it: the exception's class and message (and its root cause's),
 * with the user's own words and anything shaped like a Telegram or Slack token masked, so that
 * neither a question nor a secret reaches the logs through an exception's message.
 */
final class LogSafe {
    static final String MASK = "****";
    /** A Telegram bot token (id:secret) or a Slack token (xoxb-…, xapp-…). */
    private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}|\\bx(?:ox[a-z]|app)-[A-Za-z0-9.-]{6,}");

    private LogSafe() {}

    static String describe(Throwable e, String userText) {
        StringBuilder out = new StringBuilder(line(e, userText));
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
            root = root.getCause();
        }
        if (root != e) {
            out.append(" (caused by ").append(line(root, userText)).append(')');
        }
        return out.toString();
    }

    private static String line(Throwable t, String userText) {
        String message = t.getMessage();
        return t.getClass().getName() + (message == null ? "" : ": " + mask(message, userText));
    }

    static String mask(String text, String userText) {
        String out = text;
        if (userText != null && !userText.isBlank()) {
            out = out.replace(userText, MASK);
            String stripped = userText.strip();
            if (!stripped.isEmpty()) {
                out = out.replace(stripped, MASK);
            }
        }
        return TOKEN_SHAPE.matcher(out).replaceAll(MASK).replaceAll("[\\r\\n]+", " ");
    }
}
