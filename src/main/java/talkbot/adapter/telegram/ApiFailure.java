package talkbot.adapter.telegram;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What a failed Bot API call means for whoever would try it again.
 *
 * @param kind        how to treat it
 * @param code        the Bot API's error_code, or 0 when there was none (network failure, unreadable reply)
 * @param description what went wrong, as Telegram or the HTTP layer said it (may need redacting before a log)
 * @param retryAfter  for {@link Kind#RATE_LIMITED}: how long Telegram asked us to wait
 */
record ApiFailure(Kind kind, int code, String description, Duration retryAfter) {

    enum Kind {
        /** 429: try again after {@link #retryAfter()}. */
        RATE_LIMITED,
        /** Network error, 5xx, an unreadable reply: try again after a backoff. */
        TRANSIENT,
        /** 403 (blocked, kicked) or the chat does not exist: never try this chat again. */
        GONE,
        /** Any other 4xx: this request will never succeed as it is. */
        REJECTED,
        /**
         * An answer in JSON that is not what the Bot API sends for the method (a field it always
         * has is missing: a server that only looks like the Bot API). Asking again gets the same.
         */
        MALFORMED
    }

    /** Used when a 429 carries no retry_after. */
    static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    static ApiFailure of(TelegramApiException e) {
        if (e instanceof TelegramApiRequestException r && r.getErrorCode() != null && r.getErrorCode() > 0) {
            int code = r.getErrorCode();
            String description = r.getApiResponse() == null ? "" : r.getApiResponse();
            ResponseParameters p = r.getParameters();
            if (code == 429) {
                Duration wait = p != null && p.getRetryAfter() != null && p.getRetryAfter() >= 0
                        ? Duration.ofSeconds(p.getRetryAfter())
                        : DEFAULT_RETRY_AFTER;
                return new ApiFailure(Kind.RATE_LIMITED, code, description, wait);
            }
            if (code >= 500) {
                return new ApiFailure(Kind.TRANSIENT, code, description, Duration.ZERO);
            }
            if (code == 403 || chatIsGone(code, description, p)) {
                return new ApiFailure(Kind.GONE, code, description, Duration.ZERO);
            }
            return new ApiFailure(Kind.REJECTED, code, description, Duration.ZERO);
        }
        if (e instanceof TelegramApiValidationException) {
            return new ApiFailure(Kind.REJECTED, 0, "invalid request: " + e.getMessage(), Duration.ZERO);
        }
        // JSON of the wrong shape: the server answered, but not as the Bot API does
        Throwable mapping = find(e, com.fasterxml.jackson.databind.JsonMappingException.class);
        if (mapping != null) {
            return new ApiFailure(Kind.MALFORMED, 0, firstLine(((com.fasterxml.jackson.databind.JsonMappingException) mapping)
                    .getOriginalMessage()), Duration.ZERO);
        }
        // No error code: the request never got an answer (network), or the answer was not the Bot API's JSON
        // (a proxy's 502 page). Both pass.
        return new ApiFailure(Kind.TRANSIENT, 0, describe(e), Duration.ZERO);
    }

    private static boolean chatIsGone(int code, String description, ResponseParameters p) {
        if (code != 400) {
            return false;
        }
        String d = description.toLowerCase(Locale.ROOT);
        return d.contains("chat not found")
                || d.contains("peer_id_invalid")
                || d.contains("upgraded to a supergroup")
                || (p != null && p.getMigrateToChatId() != null);
    }

    private static Throwable find(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * What Jackson could not do, in one line and in words: "Cannot construct instance of
     * `…User$UserBuilderImpl`, problem: isBot is marked non-null but is null" reads "is_bot is missing".
     */
    static String firstLine(String message) {
        String line = message == null ? "" : message.lines().findFirst().orElse("").strip();
        java.util.regex.Matcher missing = java.util.regex.Pattern.compile("problem: (\\w+) is marked non-null but is null")
                .matcher(line);
        if (missing.find()) {
            return snakeCase(missing.group(1)) + " is missing";
        }
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static String snakeCase(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The innermost I/O error if there is one (that is what went wrong), else the exception itself. */
    private static String describe(Throwable e) {
        Throwable io = null;
        for (Throwable t = e; t != null && io == null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                io = t;
            }
        }
        Throwable shown = io != null ? io : e;
        return shown.getClass().getSimpleName() + (shown.getMessage() == null ? "" : ": " + shown.getMessage());
    }

    /** True when Telegram could not parse our HTML: resending it as plain text will work. */
    boolean badMarkup() {
        return code == 400 && description.toLowerCase(Locale.ROOT).contains("can't parse entities");
    }

    @Override
    public String toString() {
        return (code == 0 ? "" : code + " ") + description;
    }
}
