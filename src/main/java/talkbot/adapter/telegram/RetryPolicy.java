package talkbot.adapter.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard one Bot API call is tried.
 *
 * @param maxAttempts    attempts in all, the first included
 * @param firstBackoff   the wait after the first passing failure (network, 5xx); doubled after each, up to maxBackoff
 * @param maxBackoff     the longest wait after a passing failure
 * @param maxRetryAfter  a 429 is retried after its retry_after when that is at most this long; beyond it, the call fails
 * @param retryTransient whether network errors and 5xx are retried at all (429s are, within maxRetryAfter)
 */
record RetryPolicy(int maxAttempts, Duration firstBackoff, Duration maxBackoff, Duration maxRetryAfter,
        boolean retryTransient) {

    RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        Objects.requireNonNull(firstBackoff, "firstBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
    }

    /** Replies to users: a handful of attempts over about half a minute; a 429 waited out up to a minute. */
    static RetryPolicy replies() {
        return new RetryPolicy(6, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(60), true);
    }

    /**
     * Unprompted posts: one attempt, plus one more after a 429 whose retry_after is at most
     * {@code maxInlineWait}; everything else is left to the caller's schedule.
     */
    static RetryPolicy once(Duration maxInlineWait) {
        return new RetryPolicy(2, Duration.ZERO, Duration.ZERO, maxInlineWait, false);
    }
}
