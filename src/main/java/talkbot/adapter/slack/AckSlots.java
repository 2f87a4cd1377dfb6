package talkbot.adapter.slack;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import talkbot.chat.Reply;

/**
 * Slash commands waiting for their answer to ride in the acknowledgement, by inbox key. The
 * worker that answers a command offers its reply here first: taken when the request still waits
 * (within the ack deadline); refused once the request gave up, and then the worker posts to the
 * command's response_url instead. Exactly one of the two happens.
 */
final class AckSlots {
    private enum State { WAITING, ANSWERED, LATE }

    private static final class Slot {
        final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
        final CompletableFuture<Reply> reply = new CompletableFuture<>();
    }

    private final Map<String, Slot> slots = new ConcurrentHashMap<>();

    /** A request starts waiting for the answer to {@code key}. */
    void open(String key) {
        slots.put(key, new Slot());
    }

    /** The request stops waiting (refused before the inbox took it). */
    void cancel(String key) {
        slots.remove(key);
    }

    /** Waits up to {@code deadline} for the answer; empty when it did not come (the worker will post it later). */
    Optional<Reply> await(String key, Duration deadline) throws InterruptedException {
        Slot slot = slots.get(key);
        if (slot == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(slot.reply.get(Math.max(0, deadline.toMillis()), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            if (slot.state.compareAndSet(State.WAITING, State.LATE)) {
                return Optional.empty();
            }
            return Optional.of(slot.reply.join()); // answered just now
        } catch (ExecutionException e) {
            return Optional.empty();
        } finally {
            slots.remove(key);
        }
    }

    /** The worker's answer: true when a waiting request takes it into its acknowledgement. */
    boolean offer(String key, Reply reply) {
        Slot slot = slots.get(key);
        if (slot == null || !slot.state.compareAndSet(State.WAITING, State.ANSWERED)) {
            return false;
        }
        slot.reply.complete(reply);
        return true;
    }
}
