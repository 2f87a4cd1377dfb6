package talkbot.adapter.telegram;

import java.time.Duration;

/**
 * Keeps polling from spinning. The long-polling session asks for updates again the moment a call
 * returns; against a server that answers an empty getUpdates at once (one that does not hold the
 * request for its timeout) or that fails in a way the library does not back off from, that is a
 * busy loop. So before each call, when the previous one brought nothing and started less than
 * {@code minGap} ago, this waits out the rest of the gap. Calls that brought updates are followed
 * at once. Not thread-safe: the session polls from one thread.
 */
final class PollPacer {
    private final long minGapNanos;
    private long lastStart = Long.MIN_VALUE;
    private volatile boolean delivered;

    PollPacer(Duration minGap) {
        this.minGapNanos = minGap.toNanos();
    }

    /** Called when a poll brought updates. */
    void delivered() {
        delivered = true;
    }

    /** Called before each poll; may wait. */
    void beforePoll() {
        long now = System.nanoTime();
        if (!delivered && lastStart != Long.MIN_VALUE) {
            long wait = minGapNanos - (now - lastStart);
            if (wait > 0) {
                try {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                now = System.nanoTime();
            }
        }
        delivered = false;
        lastStart = now;
    }
}
