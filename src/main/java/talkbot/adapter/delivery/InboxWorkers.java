package talkbot.adapter.delivery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.store.Inbox;
import talkbot.store.StoreException;

/**
 * Answers one platform's inbox: messages are taken in with {@link #accept} (written to the store
 * before the caller acknowledges them to the platform), held in per-chat lanes, and answered by a
 * few worker threads, each chat in order. The {@link Handler} works out the answer, records each
 * request of it just before it goes ({@link Sending}), and says how it ended; the message is then
 * marked done. On start, what a previous process left pending is answered, and what it left
 * mid-send is sorted ({@link Inbox#recover}): a request it held back is sent again, one it had
 * written whole is not, and one it may or may not have sent is sent again with a warning that a
 * chat may get it twice. {@link #close()} stops taking messages, lets those in progress finish
 * within the grace period and leaves the rest pending.
 */
public final class InboxWorkers implements AutoCloseable {
    /** How a message ended, as recorded in the inbox. */
    public static final String SENT = "sent";
    public static final String FAILED = "failed";
    public static final String GONE = "gone";
    public static final String IGNORED = "ignored";
    public static final String UNCERTAIN = "uncertain";

    private static final Logger LOG = LoggerFactory.getLogger(InboxWorkers.class);
    private static final Duration STORE_RETRY = Duration.ofSeconds(1);
    /** How often a replica sharing the inbox looks for messages nobody holds. */
    private static final Duration ADOPT_EVERY = Duration.ofMillis(500);

    /** Answers one message; returns its outcome. */
    @FunctionalInterface
    public interface Handler {
        String handle(Inbox.Item item, Sending sending) throws InterruptedException;
    }

    /**
     * Records, durably, each request of an answer just before it goes out. Throws a
     * {@link StoreException} when it cannot record, and then nothing may be sent.
     */
    public interface Sending {
        /**
         * Records that the answer (in one request) is about to go out, by a caller that sends it
         * once this returns; a second call does nothing. A crash from then until the answer is
         * marked done leaves it uncertain: it is sent again at the next start, with a warning.
         */
        void record();

        /**
         * Records that request {@code part} of the answer is about to go out, then runs
         * {@code lastByte} (on the store's writer thread) the moment the record is on disk:
         * {@code lastByte} completes the request and says whether it did. Returns once both are
         * done. Until {@code lastByte} runs, a crash leaves the request to be sent again at the
         * next start; once it has written the byte, the request counts as sent (see
         * {@link Inbox#sending(long, Inbox.Part, java.util.function.BooleanSupplier)}). Every call
         * records (a retried request records again). Throws a {@link StoreException} when it
         * cannot record, and then {@code lastByte} does not run.
         */
        void recordThen(Inbox.Part part, java.util.function.BooleanSupplier lastByte);

        /**
         * Takes the record back (pending again, to go on from request {@code from}): the request
         * got a refusal, or nothing back, and is to be tried again — now by the caller, and after
         * a crash at the next start. {@code maybeSent}: it had gone out whole, so the platform may
         * have it (said in a warning: the chat may get it twice).
         */
        void release(int from, boolean maybeSent);
    }

    /** New messages are refused (before the platform is told they arrived): it should send them again later. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * @param threads      worker threads
     * @param ceiling      the most unanswered messages held; past it new ones are refused
     * @param grace        how long {@link #close()} lets messages in progress finish
     * @param dataDir      where the store lives, to watch its disk's free space
     * @param minFreeBytes below this much free space new messages are refused (0: never)
     */
    public record Limits(int threads, int ceiling, Duration grace, Path dataDir, long minFreeBytes) {
        public Limits {
            if (threads < 1 || ceiling < 1) {
                throw new IllegalArgumentException("threads and ceiling must be at least 1");
            }
            Objects.requireNonNull(grace, "grace");
            Objects.requireNonNull(dataDir, "dataDir");
        }

        /** {@code threads} workers within a platform's delivery settings. */
        public static Limits of(int threads, talkbot.config.DeliverySettings delivery) {
            return new Limits(threads, delivery.inboxLimit(), delivery.shutdownGrace(), delivery.dataDir(),
                    delivery.minFreeBytes());
        }
    }

    private final String name;
    private final Inbox inbox;
    private final Handler handler;
    private final Limits limits;
    private final Admission admission;
    private final ChatLanes lanes = new ChatLanes();
    private final AtomicInteger held = new AtomicInteger();
    private final java.util.concurrent.atomic.AtomicBoolean storeFailing = new java.util.concurrent.atomic.AtomicBoolean();
    private final ExecutorService pool;
    private final ScheduledExecutorService later;
    private volatile boolean closing;
    private boolean started;

    public InboxWorkers(String name, Inbox inbox, Handler handler, Limits limits) {
        this.name = name;
        this.inbox = inbox;
        this.handler = handler;
        this.limits = limits;
        this.admission = new Admission(name, limits.ceiling(), limits.dataDir(), limits.minFreeBytes());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(limits.threads(), r -> daemon(r, name + "-worker-" + n.incrementAndGet()));
        this.later = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, name + "-later"));
        talkbot.metrics.BotMetrics.inboxDepth(name, held::get);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Picks up what a previous process left, then starts the workers. */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("already started");
        }
        started = true;
        report(inbox.recover(), "when the bot last stopped");
        List<Inbox.Item> pending = inbox.pending();
        pending.forEach(this::hold);
        if (!pending.isEmpty()) {
            LOG.info("{}: {} message(s) left unanswered when the bot last stopped; answering them now", name, pending.size());
        }
        for (int i = 0; i < limits.threads(); i++) {
            pool.execute(this::work);
        }
        if (inbox.shared()) {
            later.scheduleWithFixedDelay(this::adopt, ADOPT_EVERY.toMillis(), ADOPT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Logs what {@link Inbox#recover()} sorted out; {@code when} says whose stop it was. */
    private void report(Inbox.Recovery left, String when) {
        if (left.reclaimed() > 0) {
            LOG.info("{}: {} answer(s) were stopped before their request was complete {}"
                    + " (the platform never got them); answering them again", name, left.reclaimed(), when);
        }
        if (left.sent() > 0) {
            LOG.info("{}: {} answer(s) had gone out whole {}, their record not yet done;"
                    + " counted as sent", name, left.sent(), when);
        }
        if (left.uncertain() > 0) {
            LOG.warn("{}: {} answer(s) may or may not have reached the platform {}"
                    + " (stopped right at their last byte, or the machine restarted since); answering them again,"
                    + " so a chat may get one twice",
                    name, left.uncertain(), when);
        }
    }

    /**
     * In an inbox shared by several replicas: takes what no live replica holds (a dead replica's
     * messages once its lease lapses, what it left mid-send sorted as at a start, a chat's message
     * that waited for its earlier ones).
     */
    private void adopt() {
        if (closing) {
            return;
        }
        try {
            report(inbox.recover(), "when a replica sending them stopped");
            if (held.get() >= limits.ceiling()) {
                return;
            }
            List<Inbox.Item> adopted = inbox.pending();
            adopted.forEach(this::hold);
            if (!adopted.isEmpty()) {
                LOG.debug("{}: took {} message(s) no other replica holds", name, adopted.size());
            }
        } catch (StoreException e) {
            storeFailing(e);
        } catch (RuntimeException e) {
            LOG.warn("{}: looking for messages other replicas left failed: {}", name, e.toString());
        }
    }

    /**
     * Writes new messages to the inbox and, once they are on disk, queues them for an answer.
     * Completes with the messages that were new (repeats of a key already taken in are skipped);
     * exceptionally with {@link Refused} when the inbox is full, the disk nearly so or the workers
     * are stopping, or with a {@link StoreException} when the store cannot take them.
     */
    public CompletableFuture<List<Inbox.Item>> accept(List<Inbox.Arrival> arrivals, Inbox.Mark mark) {
        if (closing) {
            return CompletableFuture.failedFuture(new Refused("the bot is stopping"));
        }
        String refusal = admission.refusal(held.get(), arrivals.size());
        if (refusal != null) {
            return CompletableFuture.failedFuture(new Refused(refusal));
        }
        return inbox.accept(arrivals, mark).thenApply(added -> {
            added.forEach(this::hold);
            return added;
        });
    }

    private void hold(Inbox.Item item) {
        held.incrementAndGet();
        lanes.add(item);
    }

    private void work() {
        while (!closing) {
            Inbox.Item item;
            try {
                item = lanes.take();
            } catch (InterruptedException e) {
                return;
            }
            if (item == null) {
                return;
            }
            try {
                answer(item);
            } finally {
                lanes.finish(item.chat());
            }
        }
    }

    private void answer(Inbox.Item item) {
        java.util.concurrent.atomic.AtomicBoolean recorded = new java.util.concurrent.atomic.AtomicBoolean();
        // the request under way: after a failed record, the answer goes on from here
        AtomicInteger part = new AtomicInteger(item.from());
        Sending sending = new Sending() {
            @Override
            public void record() {
                if (!recorded.get()) {
                    part.set(0);
                    StoreWait.join(inbox.sending(item.id()));
                    recorded.set(true);
                }
            }

            @Override
            public void recordThen(Inbox.Part p, java.util.function.BooleanSupplier lastByte) {
                part.set(p.index());
                recorded.set(false);
                StoreWait.join(inbox.sending(item.id(), p, lastByte));
                recorded.set(true);
            }

            @Override
            public void release(int from, boolean maybeSent) {
                if (maybeSent) {
                    LOG.warn("{}: a reply went out whole but nothing came back; it is to be sent again,"
                            + " so the chat may get it twice", name);
                }
                StoreWait.join(inbox.release(item.id(), from));
                recorded.set(false);
            }
        };
        String outcome;
        try {
            outcome = handler.handle(item, sending);
        } catch (InterruptedException e) {
            // stopping past the grace period: a message not yet sent stays pending; one mid-send stays
            // "sending", for the next start to sort out
            held.decrementAndGet();
            return;
        } catch (StoreException e) {
            // a record failed, so its request did not go out (those before it did): try again from it
            storeFailing(e);
            Inbox.Item again = item.resumingAt(part.get());
            later.schedule(() -> lanes.add(again), STORE_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            return;
        } catch (RuntimeException e) {
            LOG.error("{}: answering a message failed: {}", name, e.toString());
            outcome = recorded.get() ? UNCERTAIN : FAILED;
        }
        held.decrementAndGet();
        if (recorded.get() && storeFailing.compareAndSet(true, false)) {
            LOG.info("{}: the store takes writes again", name);
        }
        markDone(item.id(), outcome);
    }

    /** Says once, until it passes, that the store refuses writes: answers wait (nothing unrecorded is sent). */
    private void storeFailing(RuntimeException e) {
        if (storeFailing.compareAndSet(false, true)) {
            LOG.warn("{}: answers wait until the store can record them (tried again every {} s): {}", name,
                    STORE_RETRY.toSeconds(), e.getMessage());
        }
    }

    /** Marks a message done; a failed mark is tried again later (until it holds, or the bot stops). */
    private void markDone(long id, String outcome) {
        talkbot.metrics.BotMetrics.delivery(name, outcome);
        markDoneAgain(id, outcome);
    }

    private void markDoneAgain(long id, String outcome) {
        inbox.done(id, outcome).whenComplete((v, e) -> {
            if (e != null && !closing) {
                Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
                storeFailing(cause instanceof RuntimeException r ? r : new IllegalStateException(cause));
                later.schedule(() -> markDoneAgain(id, outcome), STORE_RETRY.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    /** How many more messages may be taken in now (0 when a limit is reached, which is logged). */
    public int room() {
        int room = limits.ceiling() - held.get();
        if (room <= 0 || closing) {
            admission.refusal(held.get(), 1);
            return 0;
        }
        return admission.refusal(held.get(), 1) == null ? room : 0;
    }

    /** Messages taken in and not yet finished. */
    public int held() {
        return held.get();
    }

    /** True when no message waits or is being answered. */
    public boolean idle() {
        return held.get() == 0;
    }

    /**
     * Stops taking messages; lets those in progress finish within the grace period (then
     * interrupts them); leaves the rest pending in the inbox for the next start.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closing) {
                return;
            }
            closing = true;
        }
        lanes.close();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(limits.grace().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: answers still in progress after {} s; stopping them", name, limits.grace().toSeconds());
                pool.shutdownNow();
                pool.awaitTermination(2, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
        later.shutdownNow();
        int left = held.get();
        if (left > 0) {
            LOG.info("{}: {} message(s) left pending for the next start", name, left);
        }
    }
}
