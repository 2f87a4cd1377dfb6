package talkbot.adapter.slack;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard to try a Web API call that failed in passing (429, 5xx, network): at most
 * {@code attempts} tries, waiting what {@code Retry-After} asks (or {@code backoff}), but never
 * longer than {@code maxWait} at a time.
 */
record Retries(int attempts, Duration backoff, Duration maxWait, Sleeper sleeper) {
    /** Waits; a seam so that tests can see the waits without taking them. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    static final Sleeper REAL = d -> Thread.sleep(d.toMillis());

    static Retries standard() {
        return new Retries(3, Duration.ofSeconds(1), Duration.ofSeconds(30), REAL);
    }

    Retries {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1");
        }
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxWait, "maxWait");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Reads a {@code Retry-After} header (seconds); {@code backoff} when absent or unreadable. */
    Duration retryAfter(String header) {
        if (header == null) {
            return backoff;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return backoff;
        }
    }

    /** Waits before the next try; false when the wait is too long to take or was interrupted. */
    boolean pause(Duration wait) {
        if (wait.compareTo(maxWait) > 0) {
            return false;
        }
        try {
            sleeper.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
