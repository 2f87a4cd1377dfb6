package talkbot.adapter.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.chat.Delivery;

/** Posts messages with chat.postMessage and sorts every failure into a {@link Delivery}. */
final class ChatPoster {
    private static final Logger LOG = LoggerFactory.getLogger(ChatPoster.class);

    /** The channel will not take our messages again: the caller should stop posting there. */
    static final Set<String> GONE = Set.of("channel_not_found", "is_archived", "not_in_channel", "account_inactive");
    /** Slack's side of a passing failure, reported in the body. */
    static final Set<String> PASSING = Set.of("ratelimited", "rate_limited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout");
    static final Set<String> BAD_BLOCKS = Set.of("invalid_blocks", "invalid_blocks_format");

    private final MethodsClient methods;
    private final Retries retries;

    ChatPoster(MethodsClient methods, Retries retries) {
        this.methods = methods;
        this.retries = retries;
    }

    /** Posts once (the daily summary's outbox: its scheduler decides about trying again). */
    PostResult postOnce(String channel, String threadTs, SlackMessage message) {
        try {
            ChatPostMessageResponse response = methods.chatPostMessage(r -> r
                    .channel(channel)
                    .threadTs(threadTs)
                    .text(message.text())
                    .blocks(message.blocks().isEmpty() ? null : message.blocks())
                    .unfurlLinks(false)
                    .unfurlMedia(false));
            if (response.isOk()) {
                return PostResult.SENT;
            }
            return fromError(response.getError());
        } catch (SlackApiException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().code();
            if (status == 429) {
                talkbot.metrics.BotMetrics.rateLimited("slack");
                return new PostResult(Delivery.RETRY, true,
                        retries.retryAfter(e.getResponse().header("Retry-After")), "ratelimited");
            }
            if (status >= 500) {
                return new PostResult(Delivery.RETRY, true, retries.backoff(), "http_" + status);
            }
            String error = e.getError() != null && e.getError().getError() != null
                    ? e.getError().getError() : "http_" + status;
            return fromError(error);
        } catch (IOException e) {
            return new PostResult(Delivery.RETRY, true, retries.backoff(), "network: " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            return new PostResult(Delivery.RETRY, false, retries.backoff(), e.getClass().getSimpleName());
        }
    }

    /**
     * Posts a reply, waiting out 429s ({@code Retry-After}) and other passing failures within the
     * {@link Retries} bounds; a message Slack finds the blocks of invalid goes again as text only.
     */
    Delivery post(String channel, String threadTs, SlackMessage message) {
        SlackMessage m = message;
        for (int attempt = 1; ; attempt++) {
            PostResult r = postOnce(channel, threadTs, m);
            if (r.delivery() == Delivery.SENT) {
                return Delivery.SENT;
            }
            if (BAD_BLOCKS.contains(r.error()) && !m.blocks().isEmpty()) {
                LOG.warn("slack: chat.postMessage refused the blocks ({}); sending text only", r.error());
                m = new SlackMessage(List.of(), m.text());
                continue;
            }
            if (!r.retryable() || attempt >= retries.attempts()) {
                LOG.warn("slack: chat.postMessage failed after {} attempt(s): {}", attempt, r.error());
                return r.delivery();
            }
            if (!retries.pause(r.retryAfter())) {
                LOG.warn("slack: chat.postMessage failed ({}); not waiting {}s to try again",
                        r.error(), r.retryAfter().toSeconds());
                return r.delivery();
            }
        }
    }

    /** Whether Slack took a chat.postMessage: HTTP 200 with {@code "ok": true} (its errors come as 200 with {@code "ok": false}). */
    static boolean accepted(okhttp3.Response response) {
        if (response.code() != 200 || response.body() == null) {
            return false;
        }
        try {
            com.google.gson.JsonElement body = com.google.gson.JsonParser.parseString(response.peekBody(1L << 20).string());
            return body.isJsonObject() && body.getAsJsonObject().has("ok")
                    && body.getAsJsonObject().get("ok").getAsBoolean();
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private PostResult fromError(String error) {
        String e = error == null ? "unknown_error" : error;
        if (GONE.contains(e)) {
            return new PostResult(Delivery.GONE, false, Duration.ZERO, e);
        }
        return new PostResult(Delivery.RETRY, PASSING.contains(e), retries.backoff(), e);
    }
}
