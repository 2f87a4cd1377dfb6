package talkbot.adapter.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls Bot API methods under a {@link RetryPolicy}: a 429 is tried again after its retry_after,
 * network errors and 5xx after a growing backoff, within the policy's bounds; anything else fails
 * at once. Logs each retry without the token.
 */
final class BotApiCaller {
    private static final Logger LOG = LoggerFactory.getLogger(BotApiCaller.class);

    private final TelegramClient client;
    private final Redactor redactor;

    BotApiCaller(TelegramClient client, Redactor redactor) {
        this.client = client;
        this.redactor = redactor;
    }

    /** A call that failed for good (for this policy); {@link #failure()} says how. */
    static final class CallFailedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient ApiFailure failure;

        CallFailedException(ApiFailure failure) {
            super(failure.kind() + " " + failure.code(), null, false, false);
            this.failure = failure;
        }

        ApiFailure failure() {
            return failure;
        }
    }

    <T extends Serializable> T call(BotApiMethod<T> method, RetryPolicy policy)
            throws CallFailedException, InterruptedException {
        Duration backoff = policy.firstBackoff();
        for (int attempt = 1; ; attempt++) {
            ApiFailure failure;
            try {
                return client.execute(method);
            } catch (TelegramApiException e) {
                if (Thread.currentThread().isInterrupted() || causedByInterrupt(e)) {
                    throw new InterruptedException("interrupted while calling " + method.getMethod());
                }
                failure = ApiFailure.of(e);
            }
            if (failure.kind() == ApiFailure.Kind.RATE_LIMITED) {
                talkbot.metrics.BotMetrics.rateLimited("telegram");
            }
            Duration wait = switch (failure.kind()) {
                case RATE_LIMITED -> failure.retryAfter().compareTo(policy.maxRetryAfter()) <= 0 ? failure.retryAfter() : null;
                case TRANSIENT -> policy.retryTransient() ? jitter(backoff) : null;
                case GONE, REJECTED, MALFORMED -> null;
            };
            if (wait == null || attempt >= policy.maxAttempts()) {
                throw new CallFailedException(failure);
            }
            LOG.warn("telegram {} failed ({}), attempt {} of {}; trying again in {} ms", method.getMethod(),
                    redactor.redact(failure.toString()), attempt, policy.maxAttempts(), wait.toMillis());
            Thread.sleep(wait.toMillis());
            if (failure.kind() == ApiFailure.Kind.TRANSIENT) {
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(policy.maxBackoff()) > 0 ? policy.maxBackoff() : doubled;
            }
        }
    }

    /** The backoff give or take a quarter, so that many chats retrying do not retry in step. */
    private static Duration jitter(Duration backoff) {
        long ms = backoff.toMillis();
        if (ms <= 0) {
            return Duration.ZERO;
        }
        long spread = ms / 4;
        return Duration.ofMillis(ms - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1));
    }

    private static boolean causedByInterrupt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }
}
