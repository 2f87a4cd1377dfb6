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
 * outcome). After a crash, {@code pending} messages are answered, and so are {@code sending} ones
 * whose request provably never completed ({@link #reclaimUnsent}); the other {@code sending} ones
 * are not sent again: the platform may already have them.
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
     * send (the last byte of its request), so that as little as possible lies between the record
     * and the send. Until {@code afterCommit} runs, the record says the request is held back, and a
     * process that dies before then leaves a message {@link #reclaimUnsent} answers again; when the
     * store cannot note that it runs (a failed write), the future fails and it does not run. A
     * record without {@code afterCommit} says at once that the answer may have gone out.
     */
    CompletableFuture<Void> sending(long id, Runnable afterCommit);

    /** Records that {@code id} is finished, with how it ended ("sent", "failed", "gone", "ignored", "uncertain"). */
    CompletableFuture<Void> done(long id, String outcome);

    /** Puts {@code id} back to pending: it was not sent and should be tried again (after a restart). */
    CompletableFuture<Void> release(long id);

    /** Every pending message, oldest first. */
    List<Item> pending();

    /**
     * Puts back to pending the messages a process that stopped mid-send left {@code sending} with
     * their request held back: not one byte short of complete, so the platform never acted on it.
     * Returns how many. Call it at start, before this process sends anything for the platform.
     * When the store cannot prove that (the machine was restarted since, or its boot cannot be
     * told), it puts back none.
     */
    int reclaimUnsent();

    /** Messages left in the sending state by a process that stopped mid-send, oldest first. */
    List<Item> interrupted();
}
