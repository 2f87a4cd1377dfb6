package talkbot.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One platform's durable inbox: every message taken in is written here, with the platform's key
 * for it (Slack's event id, Telegram's update id), before the platform is told it arrived; it stays
 * until its answer has been sent. Writes complete once they are on disk (several callers' writes
 * share one commit); a write that fails completes exceptionally with a {@link StoreException}
 * naming the cause. Thread-safe.
 *
 * <p>States: {@code pending} (taken in, not yet answered), {@code sending} (recorded just before
 * the answer went to the platform), {@code done} (sent, refused for good, or given up; with an
 * outcome). After a crash, {@code pending} messages are answered and {@code sending} ones are not
 * sent again: the platform may already have them.
 */
public interface Inbox {
    /** A message as it arrives: the platform's key for it, the chat it belongs to (answers keep its order), and what the worker needs. */
    record Arrival(String key, String chat, String payload) {}

    /** A message in the inbox. */
    record Item(long id, String chat, String payload) {}

    /** A named counter to save in the same transaction as the arrivals (Telegram's next update offset). */
    record Mark(String name, long value) {}

    /**
     * Writes the arrivals whose key is new (and {@code mark}, when not null) in one transaction;
     * completes with the new ones, in order, once they are on disk. Keys seen before are skipped.
     */
    CompletableFuture<List<Item>> accept(List<Arrival> arrivals, Mark mark);

    /** Records that the answer to {@code id} is about to be sent. */
    default CompletableFuture<Void> sending(long id) {
        return sending(id, null);
    }

    /**
     * Records that the answer to {@code id} is about to be sent, and runs {@code afterCommit} (when
     * not null) the moment the record is on disk, before the future completes: what finishes the
     * send, so that as little as possible lies between the record and the send.
     */
    CompletableFuture<Void> sending(long id, Runnable afterCommit);

    /** Records that {@code id} is finished, with how it ended ("sent", "failed", "gone", "ignored", "uncertain"). */
    CompletableFuture<Void> done(long id, String outcome);

    /** Puts {@code id} back to pending: it was not sent and should be tried again (after a restart). */
    CompletableFuture<Void> release(long id);

    /** Every pending message, oldest first. */
    List<Item> pending();

    /** Messages left in the sending state by a process that stopped mid-send, oldest first. */
    List<Item> interrupted();
}
