package talkbot.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

/**
 * One platform's durable inbox: every message taken in is written here, with the platform's key
 * for it (Slack's event id, Telegram's update id), before the platform is told it arrived; it stays
 * until its answer has been sent. Writes complete once they are on disk (several callers' writes
 * share one commit); a write that fails completes exceptionally with a {@link StoreException}
 * naming the cause. Thread-safe.
 *
 * <p>States: {@code pending} (taken in, not yet answered; or answered in part, to go on from a
 * later {@link Part}), {@code sending} (one request of the answer is on its way to the platform),
 * {@code done} (sent, refused for good, or given up; with an outcome). A gated send ({@link
 * #sending(long, Part, BooleanSupplier)}) goes through three marks: <em>held</em> (the record,
 * synced to the disk; the request waits for its last byte), <em>released</em> (noted just before
 * the last byte) and <em>written</em> (noted just after it). After a crash, {@link #recover()}
 * sorts what was left {@code sending}: a request held back is sent again (the platform never got
 * it), a request written whole is not, and one in between — the bot cannot know — is sent again
 * and counted as uncertain, so that nothing is lost and an answer can reach a chat twice only then.
 */
public interface Inbox {
    /** A message as it arrives: the platform's key for it, the chat it belongs to (answers keep its order), and what the worker needs. */
    record Arrival(String key, String chat, String payload) {}

    /**
     * A message in the inbox. {@code from} is the first request of its answer still to send: 0 for
     * a new message; more when an answer in several requests was cut short after some went out.
     */
    record Item(long id, String chat, String payload, int from) {
        public Item(long id, String chat, String payload) {
            this(id, chat, payload, 0);
        }

        /** The same message, its answer to go on from request {@code from}. */
        public Item resumingAt(int from) {
            return new Item(id, chat, payload, from);
        }
    }

    /** One request of an answer: number {@code index} (from 0) of {@code count}. */
    record Part(int index, int count) {
        /** The one request of an answer sent in one. */
        public static final Part ONLY = new Part(0, 1);

        public Part {
            if (index < 0 || count < 1 || index >= count) {
                throw new IllegalArgumentException("no request " + index + " of " + count);
            }
        }
    }

    /** A named counter to save in the same transaction as the arrivals (Telegram's next update offset). */
    record Mark(String name, long value) {}

    /**
     * What {@link #recover()} found left mid-send by a process that stopped.
     *
     * @param reclaimed requests held back (never complete, so never acted on): answered again
     * @param uncertain requests that may or may not have reached the platform (stopped right at
     *                  their last byte, or held when the machine went down): answered again, so a
     *                  chat may get one of these twice
     * @param sent      answers whose last request had gone out whole: counted as sent
     */
    record Recovery(int reclaimed, int uncertain, int sent) {}

    /**
     * Writes the arrivals whose key is new (and {@code mark}, when not null) in one transaction;
     * completes with the new ones this process is to answer, in order, once they are on disk. Keys
     * seen before are skipped. (In a shared inbox a new message of a chat whose earlier message
     * another replica is still answering waits for {@link #pending()} to hand it out, so that each
     * chat is answered in order.)
     */
    CompletableFuture<List<Item>> accept(List<Arrival> arrivals, Mark mark);

    /**
     * Records that the answer to {@code id} (in one request) is about to be sent, by a caller
     * that sends it once this completes. There is no telling afterwards whether it went out: a
     * crash from here on leaves it uncertain.
     */
    default CompletableFuture<Void> sending(long id) {
        return sending(id, Part.ONLY, null);
    }

    /**
     * Records that request {@code part} of the answer to {@code id} is about to be sent. With
     * {@code lastByte} (a gated send: the request is on the wire but for its last byte): the record
     * says the request is held back; the moment it is on disk, the store's writer thread notes it
     * released, runs {@code lastByte} (which writes that byte and says whether it did), notes it
     * written, and only then completes the future. When the record or the note of release fails,
     * the future fails and {@code lastByte} does not run; a failure to note it written is only
     * logged (the request is out). Without {@code lastByte}, as {@link #sending(long)}.
     */
    CompletableFuture<Void> sending(long id, Part part, BooleanSupplier lastByte);

    /** Records that {@code id} is finished, with how it ended ("sent", "failed", "gone", "ignored", "uncertain"). */
    CompletableFuture<Void> done(long id, String outcome);

    /**
     * Puts {@code id} back to pending, its answer to go on from request {@code from} (the requests
     * before it went out): the request being sent got no answer, or a refusal, and is to be tried
     * again — now by the caller, or at the next start after a crash.
     */
    CompletableFuture<Void> release(long id, int from);

    /** {@link #release(long, int)} from the first request. */
    default CompletableFuture<Void> release(long id) {
        return release(id, 0);
    }

    /**
     * Every pending message no live process holds, oldest first, now held by this one. In the
     * embedded inbox (one process) that is every pending message; in a shared one, those of replicas
     * that died (their lease ran out) and those that waited for their chat's earlier messages.
     */
    List<Item> pending();

    /**
     * Sorts what a process that stopped mid-send left {@code sending} (see {@link Recovery}):
     * those to answer again become pending (from the request that was under way), the others
     * done. Call it at start, before this process sends anything for the platform. In a shared
     * inbox it sorts only what no live replica holds, and is asked again every little while.
     */
    Recovery recover();

    /** Messages in the sending state, oldest first (none after {@link #recover()}, until the next send). */
    List<Item> interrupted();

    /**
     * Whether several processes share this inbox: then {@link #recover()} and {@link #pending()}
     * are asked again every little while, for what other replicas left (a replica that died leaves
     * its messages to the others once its lease lapses).
     */
    default boolean shared() {
        return false;
    }
}
