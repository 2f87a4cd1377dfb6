package talkbot.adapter.slack;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;

/**
 * The adapter's knobs that are not settings: how long a slash command's answer may take to ride
 * in the ack, how long an event may wait for the inbox before it is refused (503, for Slack to
 * send again), how Web API failures are retried, thread counts, the address HTTP mode binds
 * (null: every interface) and how long a request body may take to arrive.
 */
record Tuning(Duration ackDeadline, Duration intakeBudget, Retries retries, int workerThreads, int httpThreads,
        InetAddress bindAddress, Duration readDeadline) {
    static Tuning standard() {
        return new Tuning(Duration.ofMillis(2000), Duration.ofMillis(1500), Retries.standard(), 8, 64, null,
                Duration.ofSeconds(10));
    }

    Tuning {
        Objects.requireNonNull(ackDeadline, "ackDeadline");
        Objects.requireNonNull(intakeBudget, "intakeBudget");
        Objects.requireNonNull(readDeadline, "readDeadline");
        Objects.requireNonNull(retries, "retries");
        if (workerThreads < 1 || httpThreads < 1) {
            throw new IllegalArgumentException("thread counts must be at least 1");
        }
    }
}
