package talkbot.adapter.slack;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * The adapter's knobs that are not settings: how long a slash command's answer may take to ride
 * in the ack, how Web API failures are retried, thread counts, and the address HTTP mode binds
 * (null: every interface).
 */
record Tuning(Duration ackDeadline, Retries retries, int workerThreads, int httpThreads, InetAddress bindAddress) {
    static Tuning standard() {
        return new Tuning(Duration.ofMillis(2000), Retries.standard(), 4, 8, null);
    }

    Tuning {
        Objects.requireNonNull(ackDeadline, "ackDeadline");
        Objects.requireNonNull(retries, "retries");
        if (workerThreads < 1 || httpThreads < 1) {
            throw new IllegalArgumentException("thread counts must be at least 1");
        }
    }
}
