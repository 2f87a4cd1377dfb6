package talkbot.adapter.telegram;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Takes the batches of updates the long-polling session fetches and hands each text message to
 * the handler on a worker thread, one chat at a time in order, chats in parallel. Updates handled
 * before (by id, across restarts: see {@link UpdateCursor}) are dropped, as is everything that is
 * not a text message. At most {@code maxPending} messages wait or run at once; past that, polling
 * waits. Never throws into the session: an exception there would end polling for good.
 */
final class UpdateDispatcher implements LongPollingUpdateConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateDispatcher.class);

    private final UpdateCursor cursor;
    private final Consumer<IncomingMessage> handler;
    private final SerialLanes lanes;
    private final Semaphore pending;
    private final Duration grace;
    private final PollPacer pacer;
    private final AtomicBoolean closed = new AtomicBoolean();

    UpdateDispatcher(UpdateCursor cursor, Consumer<IncomingMessage> handler, int workers, int maxPending,
            Duration grace, PollPacer pacer) {
        this.cursor = cursor;
        this.handler = handler;
        this.lanes = new SerialLanes(workers, "telegram-worker");
        this.pending = new Semaphore(maxPending);
        this.grace = grace;
        this.pacer = pacer;
    }

    @Override
    public void consume(List<Update> updates) {
        pacer.delivered();
        try {
            List<Update> ordered = updates.stream()
                    .filter(u -> u != null && u.getUpdateId() != null)
                    .sorted(Comparator.comparing(Update::getUpdateId))
                    .toList();
            for (Update u : ordered) {
                if (closed.get()) {
                    return;
                }
                dispatch(u);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("telegram: cannot dispatch updates", e);
        }
    }

    private void dispatch(Update u) throws InterruptedException {
        long id = u.getUpdateId();
        if (!cursor.begin(id)) {
            LOG.debug("telegram: update {} was handled before; skipping it", id);
            return;
        }
        Optional<IncomingMessage> message;
        try {
            message = IncomingMessage.of(u);
        } catch (RuntimeException e) {
            LOG.warn("telegram: cannot read update {} ({}); skipping it", id, e.getClass().getSimpleName());
            message = Optional.empty();
        }
        if (message.isEmpty()) {
            LOG.debug("telegram: skipping update {} ({})", id, IncomingMessage.kind(u));
            cursor.done(id);
            return;
        }
        IncomingMessage m = message.get();
        pending.acquire();
        try {
            lanes.submit(Long.toString(m.chatId()), () -> handle(m)).whenComplete((v, e) -> {
                pending.release();
                if (e == null) {
                    cursor.done(id);
                } else {
                    LOG.warn("telegram: update {} was not handled ({})", id, e.getClass().getSimpleName());
                }
            });
        } catch (RuntimeException e) {
            pending.release();
            throw e;
        }
    }

    private void handle(IncomingMessage m) {
        try {
            handler.accept(m);
        } catch (RuntimeException | Error e) {
            LOG.error("telegram: update {} failed ({})", m.updateId(), e.getClass().getName());
        }
    }

    /** Takes no more updates and lets the messages in hand finish within the grace period. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            lanes.close(grace);
        }
    }
}
