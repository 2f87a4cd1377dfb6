package talkbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A per-chat limit on questions: at most {@code limit} in any sliding window of {@code window}.
 * Thread-safe. Remembers a bounded number of chats (the least recently seen are forgotten).
 */
public final class RateLimiter {
    private static final int MAX_CHATS = 10_000;

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Long>> recent = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Long>> eldest) {
            return size() > MAX_CHATS;
        }
    };

    /** Counts hits per key and fixed window where several processes share them (the shared store). */
    @FunctionalInterface
    public interface SharedCounter {
        /** Counts one hit unless the window already has {@code limit}; true when counted. */
        boolean countHit(String key, java.time.Instant window, int limit);
    }

    private final SharedCounter shared;

    public RateLimiter(int limit, Duration window, Clock clock) {
        this(limit, window, clock, null);
    }

    /**
     * A limit shared by every replica: {@code limit} in each fixed window, counted by {@code shared};
     * when it fails (the store is down) each process counts for itself.
     */
    public RateLimiter(int limit, Duration window, Clock clock, SharedCounter shared) {
        this.shared = shared;
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    public static RateLimiter perMinute(int limit) {
        return new RateLimiter(limit, Duration.ofMinutes(1), Clock.systemUTC());
    }

    /** Counts one question from {@code chatKey}; false when it is over its limit (and is not counted). */
    public boolean tryAcquire(String chatKey) {
        if (shared != null) {
            long now = clock.millis();
            java.time.Instant windowStart = java.time.Instant.ofEpochMilli(now - Math.floorMod(now, window.toMillis()));
            try {
                return shared.countHit(chatKey, windowStart, limit);
            } catch (RuntimeException e) {
                // the store is failing: the answer matters more than the limit; count here meanwhile
            }
        }
        return tryAcquireHere(chatKey);
    }

    private synchronized boolean tryAcquireHere(String chatKey) {
        long now = clock.millis();
        Deque<Long> times = recent.computeIfAbsent(chatKey, k -> new ArrayDeque<>());
        while (!times.isEmpty() && now - times.peekFirst() >= window.toMillis()) {
            times.pollFirst();
        }
        if (times.size() >= limit) {
            return false;
        }
        times.addLast(now);
        return true;
    }
}
