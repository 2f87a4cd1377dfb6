package talkbot.chat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A bounded map whose entries expire: at most {@code max} entries (the least recently used go
 * first) and none older than {@code ttl} since it was put. In memory only. Thread-safe.
 */
final class Recent<K, V> {
    private record Entry<V>(V value, Instant expires) {}

    private final Duration ttl;
    private final Clock clock;
    private final Map<K, Entry<V>> entries;

    Recent(Duration ttl, int max, Clock clock) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1");
        }
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
                return size() > max;
            }
        };
    }

    /** Keeps {@code value} for {@code ttl} from now (nothing when the ttl is zero). */
    synchronized void put(K key, V value) {
        if (ttl.isZero() || ttl.isNegative()) {
            return;
        }
        entries.put(key, new Entry<>(value, clock.instant().plus(ttl)));
    }

    /** The value, or null when there is none or it expired. */
    synchronized V get(K key) {
        Entry<V> e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (!clock.instant().isBefore(e.expires())) {
            entries.remove(key);
            return null;
        }
        return e.value();
    }

    /** Takes the value out: null when there was none or it expired. */
    synchronized V take(K key) {
        V v = get(key);
        entries.remove(key);
        return v;
    }

    synchronized int size() {
        return entries.size();
    }
}
