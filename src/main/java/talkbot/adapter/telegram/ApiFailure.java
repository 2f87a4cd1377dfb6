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
        REJECTED
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
