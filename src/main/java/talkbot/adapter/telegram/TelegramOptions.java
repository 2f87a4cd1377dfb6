package talkbot.adapter.telegram;

import java.time.Duration;
import java.util.Objects;

/**
 * The adapter's tunables. {@link #defaults()} is what production runs; tests shorten the waits.
 *
 * @param pollTimeout         how long one getUpdates call waits on the server for updates (long polling)
 * @param minPollGap          the least time between the starts of two getUpdates calls when the first brought nothing
 * @param pollBackOffMin      the wait after a failed getUpdates call; doubled after each failure in a row
 * @param pollBackOffMax      the longest wait between failed getUpdates calls
 * @param replies             how replies to users are retried
 * @param outboxMaxInlineWait the longest 429 retry_after an unprompted post waits out itself (once)
 * @param workers             threads answering messages
 * @param connectTimeout      HTTP connect timeout
 * @param requestTimeout      HTTP read/write timeout of every call but getUpdates
 */
record TelegramOptions(
        Duration pollTimeout,
        Duration minPollGap,
        Duration pollBackOffMin,
        Duration pollBackOffMax,
        RetryPolicy replies,
        Duration outboxMaxInlineWait,
        int workers,
        Duration connectTimeout,
        Duration requestTimeout) {

    TelegramOptions {
        Objects.requireNonNull(pollTimeout, "pollTimeout");
        Objects.requireNonNull(minPollGap, "minPollGap");
        Objects.requireNonNull(pollBackOffMin, "pollBackOffMin");
        Objects.requireNonNull(pollBackOffMax, "pollBackOffMax");
        Objects.requireNonNull(replies, "replies");
        Objects.requireNonNull(outboxMaxInlineWait, "outboxMaxInlineWait");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1");
        }
    }

    static TelegramOptions defaults() {
        return new TelegramOptions(Duration.ofSeconds(30), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(30),
                RetryPolicy.replies(), Duration.ofSeconds(5), 8,
                Duration.ofSeconds(10), Duration.ofSeconds(30));
    }
}
