package talkbot.adapter.telegram;

import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.store.Store;

/**
 * The update ids handled so far, kept in the store so that a restart handles no update twice.
 * Updates may finish out of order (chats are served in parallel), so the saved mark is the highest
 * id at and below which every update is done. Ids at or below the mark, or already begun, are
 * refused. Thread-safe.
 */
final class UpdateCursor {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateCursor.class);

    private final Store store;
    private final String name;
    private final TreeSet<Long> inFlight = new TreeSet<>();
    private long mark;
    private long highestBegun;

    UpdateCursor(Store store, String name) {
        this.store = store;
        this.name = name;
        this.mark = store.cursor(name).orElse(0);
        this.highestBegun = mark;
    }

    /** The highest update id at and below which everything is handled. */
    synchronized long mark() {
        return mark;
    }

    /** Claims an update for handling; false when it was handled or claimed before. */
    synchronized boolean begin(long updateId) {
        if (updateId <= highestBegun) {
            return false;
        }
        highestBegun = updateId;
        inFlight.add(updateId);
        return true;
    }

    /** Marks a claimed update done, and saves the mark when it moves. */
    synchronized void done(long updateId) {
        if (!inFlight.remove(updateId)) {
            return;
        }
        long next = inFlight.isEmpty() ? highestBegun : inFlight.first() - 1;
        if (next > mark) {
            mark = next;
            try {
                store.saveCursor(name, mark);
            } catch (RuntimeException e) {
                LOG.warn("telegram: cannot save the update cursor ({}); will try again with the next update",
                        e.getMessage());
            }
        }
    }
}
