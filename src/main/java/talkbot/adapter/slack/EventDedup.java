package talkbot.adapter.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.store.Store;

/**
 * Remembers the events already taken, in the store so that it holds across restarts: Slack
 * retries an event it thinks was missed, and the retry carries the same {@code event_id}.
 */
final class EventDedup {
    static final String SCOPE = "slack-event";
    private static final Logger LOG = LoggerFactory.getLogger(EventDedup.class);

    private final Store store;

    EventDedup(Store store) {
        this.store = store;
    }

    /**
     * True the first time an event is seen. Keyed by {@code event_id}; an event without one is
     * keyed by its type, channel and timestamp. If the store fails the event counts as new: one
     * answer too many beats none.
     */
    boolean firstTime(String eventId, String type, String channel, String ts) {
        String key = eventId != null && !eventId.isBlank() ? eventId : type + ":" + channel + ":" + ts;
        try {
            return store.firstSighting(SCOPE, key);
        } catch (RuntimeException e) {
            LOG.warn("slack: cannot record an event as seen: {}", e.toString());
            return true;
        }
    }
}
