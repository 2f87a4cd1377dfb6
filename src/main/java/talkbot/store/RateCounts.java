package talkbot.store;

import java.time.Instant;

/** Counters of questions per chat and time window, shared by every replica that shares the store. */
public interface RateCounts {
    /**
     * Counts one hit for {@code key} in the window starting at {@code window}, unless it already
     * has {@code limit}; true when it was counted (under the limit). Atomic.
     */
    boolean countHit(String key, Instant window, int limit);
}
