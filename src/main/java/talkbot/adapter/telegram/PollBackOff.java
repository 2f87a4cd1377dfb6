package talkbot.adapter.telegram;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The wait between failed getUpdates calls: from {@code min}, doubling after each failure in a
 * row, up to {@code max}, give or take a quarter; back to {@code min} after a success. It never
 * gives up into a long pause.
 */
final class PollBackOff {
    private final long minMillis;
    private final long maxMillis;
    private long nextMillis;

    PollBackOff(Duration min, Duration max) {
        this.minMillis = Math.max(1, min.toMillis());
        this.maxMillis = Math.max(minMillis, max.toMillis());
        this.nextMillis = minMillis;
    }

    public synchronized void reset() {
        nextMillis = minMillis;
    }

    public synchronized long nextBackOffMillis() {
        long wait = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        long spread = wait / 4;
        return wait - spread + ThreadLocalRandom.current().nextLong(2 * spread + 1);
    }
}
