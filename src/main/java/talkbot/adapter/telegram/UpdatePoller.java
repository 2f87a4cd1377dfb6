package talkbot.adapter.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.store.Inbox;
import talkbot.store.StoreException;

/**
 * Long polling, with the inbox in charge of the offset. Each batch of updates is written to the
 * inbox — the messages for the bot, and the next offset, in one transaction — before the next
 * getUpdates confirms them to Telegram (its {@code offset} is Telegram's acknowledgement: updates
 * below it are forgotten for good). When the inbox cannot take a batch (full, disk nearly full,
 * store failing) the offset stays where it was, so Telegram keeps those updates and serves them
 * again. Owns its thread (a daemon).
 */
final class UpdatePoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UpdatePoller.class);
    /** The updates the bot reads: messages, and presses of its buttons. */
    static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");
    private static final int MAX_BATCH = 100;

    private final BotApiCaller caller;
    private final InboxWorkers workers;
    private final MessageRouter router;
    private final String offsetName;
    private final TelegramOptions options;
    private final Redactor redactor;
    private final Thread thread;
    private volatile boolean closed;
    private long offset;

    UpdatePoller(BotApiCaller caller, InboxWorkers workers, MessageRouter router, String offsetName, long offset,
            TelegramOptions options, Redactor redactor) {
        this.caller = caller;
        this.workers = workers;
        this.router = router;
        this.offsetName = offsetName;
        this.offset = offset;
        this.options = options;
        this.redactor = redactor;
        this.thread = new Thread(this::loop, "telegram-poll");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        PollPacer pacer = new PollPacer(options.minPollGap());
        PollBackOff backOff = new PollBackOff(options.pollBackOffMin(), options.pollBackOffMax());
        RetryPolicy once = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, false);
        boolean storeFailing = false;
        while (!closed) {
            try {
                int room = workers.room();
                if (room <= 0) {
                    pause(options.minPollGap().multipliedBy(4));
                    continue;
                }
                pacer.beforePoll();
                List<Update> updates;
                try {
                    updates = caller.call(GetUpdates.builder()
                            .offset((int) offset)
                            .timeout((int) Math.max(0, options.pollTimeout().toSeconds()))
                            .limit(Math.min(MAX_BATCH, room))
                            .allowedUpdates(ALLOWED_UPDATES)
                            .build(), once);
                } catch (BotApiCaller.CallFailedException e) {
                    if (closed) {
                        return;
                    }
                    long wait = backOff.nextBackOffMillis();
                    LOG.warn("telegram: getUpdates failed ({}); polling again in {} ms",
                            redactor.redact(e.failure().toString()), wait);
                    pause(Duration.ofMillis(wait));
                    continue;
                }
                backOff.reset();
                if (updates == null || updates.isEmpty() || closed) {
                    continue;
                }
                pacer.delivered();
                try {
                    take(updates);
                    if (storeFailing) {
                        LOG.info("telegram: the inbox takes updates again");
                        storeFailing = false;
                    }
                } catch (InboxWorkers.Refused e) {
                    pause(options.minPollGap().multipliedBy(4)); // Admission logged it; Telegram keeps the updates
                } catch (StoreException e) {
                    if (!storeFailing) {
                        LOG.warn("telegram: cannot write updates to the inbox, so they are left with Telegram: {}",
                                e.getMessage());
                        storeFailing = true;
                    }
                    pause(Duration.ofMillis(backOff.nextBackOffMillis()));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("telegram: polling failed ({}); going on", e.getClass().getName());
                try {
                    pause(Duration.ofMillis(backOff.nextBackOffMillis()));
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Writes a batch to the inbox and, once it is on disk, moves the offset past it. */
    private void take(List<Update> updates) throws InterruptedException {
        List<Update> ordered = updates.stream()
                .filter(u -> u != null && u.getUpdateId() != null && u.getUpdateId() >= offset)
                .sorted(Comparator.comparing(Update::getUpdateId))
                .toList();
        if (ordered.isEmpty()) {
            return;
        }
        List<Inbox.Arrival> arrivals = new ArrayList<>();
        for (Update u : ordered) {
            arrival(u, router).ifPresent(arrivals::add);
        }
        long next = ordered.get(ordered.size() - 1).getUpdateId() + 1L;
        try {
            workers.accept(arrivals, new Inbox.Mark(offsetName, next)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
        offset = next;
    }

    /** The update as an inbox arrival; empty for what the bot does not answer (not a text message, chatter in a group). */
    static Optional<Inbox.Arrival> arrival(Update u, MessageRouter router) {
        if (u.getCallbackQuery() != null) { // a button of the bot's pressed: answered in its chat's lane
            return IncomingPress.of(u).map(p -> new Inbox.Arrival(Long.toString(p.updateId()), Long.toString(p.chatId()),
                    p.toJson()));
        }
        Optional<IncomingMessage> message;
        try {
            message = IncomingMessage.of(u);
        } catch (RuntimeException e) {
            LOG.warn("telegram: cannot read update {} ({}); skipping it", u.getUpdateId(), e.getClass().getSimpleName());
            return Optional.empty();
        }
        if (message.isEmpty()) {
            LOG.debug("telegram: skipping update {} ({})", u.getUpdateId(), IncomingMessage.kind(u));
            return Optional.empty();
        }
        IncomingMessage m = message.get();
        if (router.route(m) instanceof Route.Ignore) {
            return Optional.empty();
        }
        return Optional.of(new Inbox.Arrival(Long.toString(m.updateId()), Long.toString(m.chatId()), m.toJson()));
    }

    private void pause(Duration d) throws InterruptedException {
        if (!closed) {
            Thread.sleep(Math.max(1, d.toMillis()));
        }
    }

    /** Stops polling; a getUpdates in flight is abandoned, and what it brings is left with Telegram. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
