package talkbot.posting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.model.ChatRef;
import talkbot.chat.Outbox;
import talkbot.store.Store;
import talkbot.summary.Summarizer;

/**
 * Posts the summary to every subscription once a day, at {@code time} in {@code zone}.
 *
 * <ul>
 *   <li><b>Once a day, across restarts:</b> each post is claimed in the store before it is sent
 *       and confirmed after (see {@link SummaryPoster#postOnce} for the order and its trade-off),
 *       so a chat that has the day's post never gets a second one, whoever restarts.</li>
 *   <li><b>Catch-up:</b> started after the day's post time, it posts at once to every chat that
 *       does not have the day's post yet; started before, it waits for the time. A chat that
 *       subscribes after the day's round gets its first post the next day.</li>
 *   <li><b>Failures stay with their chat:</b> each post runs as its own task on a small pool;
 *       one that fails with {@link talkbot.chat.Delivery#RETRY} is tried again after a backoff
 *       (30 s, doubling, at most 30 min apart) until the day ends, while the other chats go on.
 *       A chat that is gone is unsubscribed; a chat whose platform is not set up (no outbox) is skipped with
 *       a log line and stays subscribed.</li>
 * </ul>
 *
 * <p>Everything hangs on {@link #runDue()}, which does whatever is due at the clock's current
 * instant and says when it next has work: {@link #start()} calls it on the scheduler's own timer
 * thread, tests call it after moving a fake clock. The clock is only read, never waited on, and
 * the timer wakes at least once a minute, so a suspended machine or a clock step is caught up
 * within a minute.
 */
public final class DailySummaryScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailySummaryScheduler.class);

    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration MAX_RETRY = Duration.ofMinutes(30);
    /** The timer never sleeps longer than this: it re-reads the clock at least once a minute. */
    static final Duration MAX_SLEEP = Duration.ofMinutes(1);
    /** Posts run in parallel on this many threads, so one slow platform call holds up no one else. */
    static final int POSTING_THREADS = 4;

    private final Clock clock;
    private final Store store;
    private final SummaryPoster poster;
    private final List<ChatRef> configured;
    private final LocalTime time;
    private final ZoneId zone;
    private final Executor posting;
    private final ExecutorService ownedPosting;

    // guarded by this
    private final Map<ChatRef, Pending> pending = new LinkedHashMap<>();
    private LocalDate lastRound;
    private ScheduledExecutorService timer;
    private boolean closed;

    /** A post waiting to be made or retried. */
    private static final class Pending {
        final Subscription subscription;
        final LocalDate day;
        Instant notBefore;
        int failures;
        boolean inFlight;

        Pending(Subscription subscription, LocalDate day, Instant notBefore) {
            this.subscription = subscription;
            this.day = day;
            this.notBefore = notBefore;
        }
    }

    /**
     * @param clock               the time; {@link Clock#systemUTC()} in production, a fake in tests
     * @param outboxes            by platform name ("telegram", "slack")
     * @param staticSubscriptions the chats of TALKBOT_SUBSCRIPTIONS, posted to besides the stored subscriptions
     * @param time                the local time of the daily post
     * @param zone                the zone of {@code time}, and of where one day ends and the next begins
     */
    public DailySummaryScheduler(Clock clock, Store store, PostWriter writer, Map<String, Outbox> outboxes,
            List<ChatRef> staticSubscriptions, LocalTime time, ZoneId zone) {
        this(clock, store, writer, outboxes, staticSubscriptions, time, zone, null);
    }

    /** As above, posting the whole summary as /summary shows it every day. */
    public DailySummaryScheduler(Clock clock, Store store, Summarizer summarizer, Map<String, Outbox> outboxes,
            List<ChatRef> staticSubscriptions, LocalTime time, ZoneId zone) {
        this(clock, store, SummaryPoster.wholeSummary(summarizer), outboxes, staticSubscriptions, time, zone, null);
    }

    /** As above, posting on {@code posting} (which the caller owns) instead of an own pool; for tests. */
    DailySummaryScheduler(Clock clock, Store store, Summarizer summarizer, Map<String, Outbox> outboxes,
            List<ChatRef> staticSubscriptions, LocalTime time, ZoneId zone, Executor posting) {
        this(clock, store, SummaryPoster.wholeSummary(summarizer), outboxes, staticSubscriptions, time, zone, posting);
    }

    /** As above, posting on {@code posting} (which the caller owns) instead of an own pool; for tests. */
    DailySummaryScheduler(Clock clock, Store store, PostWriter writer, Map<String, Outbox> outboxes,
            List<ChatRef> staticSubscriptions, LocalTime time, ZoneId zone, Executor posting) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.poster = new SummaryPoster(store, writer, outboxes, clock);
        this.configured = List.copyOf(staticSubscriptions);
        this.time = Objects.requireNonNull(time, "time");
        this.zone = Objects.requireNonNull(zone, "zone");
        if (posting == null) {
            this.ownedPosting = Executors.newFixedThreadPool(POSTING_THREADS, threads("talkbot-summary-post"));
            this.posting = ownedPosting;
        } else {
            this.ownedPosting = null;
            this.posting = posting;
        }
    }

    /** When {@code day}'s post is due (a time that a clock change skips moves on by the gap). */
    public Instant postTime(LocalDate day) {
        return day.atTime(time).atZone(zone).toInstant();
    }

    /**
     * Starts the timer thread (a daemon; {@link #close()} stops it): it runs {@link #runDue()} at
     * once, which catches up on a post time missed today, and then whenever something is due.
     */
    public synchronized void start() {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        if (timer != null) {
            throw new IllegalStateException("already started");
        }
        timer = Executors.newSingleThreadScheduledExecutor(threads("talkbot-summary-timer"));
        timer.execute(this::loop);
        LOG.info("summary: daily post at {} {}; next at {}", time, zone, nextPostTime(clock.instant()));
    }

    /**
     * Does what is due now: the day's round of posts once the post time has passed (each chat that
     * has not had the day's post), and retries whose backoff is over. Posts run on the posting
     * executor; returns when they have been handed over. Returns when there is next something to do
     * (at most a minute ahead), as far as is known now.
     */
    public Instant runDue() {
        Instant now = clock.instant();
        LocalDate today = today(now);
        List<Pending> due = new ArrayList<>();
        synchronized (this) {
            if (closed) {
                return now.plus(MAX_SLEEP);
            }
            dropStale(today);
            if ((lastRound == null || lastRound.isBefore(today)) && !now.isBefore(postTime(today))) {
                startRound(today, now);
            }
            for (Pending p : pending.values()) {
                if (!p.inFlight && !p.notBefore.isAfter(now)) {
                    p.inFlight = true;
                    due.add(p);
                }
            }
        }
        for (Pending p : due) {
            try {
                posting.execute(() -> attempt(p));
            } catch (RejectedExecutionException e) {
                synchronized (this) {
                    p.inFlight = false;
                }
            }
        }
        synchronized (this) {
            return nextWake(now, today);
        }
    }

    /** Stops the timer, lets posts in flight finish for a few seconds, and releases the threads. */
    @Override
    public void close() {
        ScheduledExecutorService t;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            t = timer;
        }
        if (t != null) {
            t.shutdownNow();
        }
        if (ownedPosting != null) {
            ownedPosting.shutdown();
            try {
                if (!ownedPosting.awaitTermination(10, TimeUnit.SECONDS)) {
                    ownedPosting.shutdownNow();
                }
            } catch (InterruptedException e) {
                ownedPosting.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    // --- the round and the retries ---

    private void startRound(LocalDate today, Instant now) {
        List<Subscription> subscriptions;
        try {
            subscriptions = Subscription.merge(configured, store.subscriptions());
        } catch (RuntimeException e) {
            LOG.error("summary: cannot read the subscriptions for the {} post; trying again in a minute", today, e);
            return;
        }
        lastRound = today;
        int skipped = 0;
        for (Subscription s : subscriptions) {
            ChatRef chat = s.chat();
            if (!poster.canPost(chat)) {
                LOG.warn("summary: skipping {}: {} is not set up here (its token is not set); it stays subscribed",
                        SummaryPoster.logName(s), chat.platform());
                skipped++;
                continue;
            }
            pending.putIfAbsent(chat, new Pending(s, today, now));
        }
        LOG.info("summary: the {} round: {} subscriptions, {} skipped as their platform is not set up; chats that already"
                + " have the day's post are left alone", today, subscriptions.size(), skipped);
    }

    private void attempt(Pending p) {
        SummaryPoster.Result result;
        try {
            result = poster.postOnce(p.subscription, p.day);
        } catch (RuntimeException e) {
            LOG.error("summary: posting to {} failed", SummaryPoster.logName(p.subscription), e);
            result = new SummaryPoster.Result(p.subscription, SummaryPoster.Status.RETRY, "error: " + e);
        }
        Instant wake = null;
        synchronized (this) {
            p.inFlight = false;
            if (result.status() != SummaryPoster.Status.RETRY || closed) {
                pending.remove(p.subscription.chat(), p);
            } else {
                p.failures++;
                Instant now = clock.instant();
                if (!p.day.equals(today(now))) {
                    pending.remove(p.subscription.chat(), p);
                    LOG.warn("summary: giving up on the {} post to {} after {} failed attempt(s): the day is over", p.day,
                            SummaryPoster.logName(p.subscription), p.failures);
                } else {
                    p.notBefore = now.plus(backoff(p.failures));
                    wake = p.notBefore;
                    LOG.warn("summary: the {} post to {} failed ({}); attempt {}, next at {}", p.day,
                            SummaryPoster.logName(p.subscription), result.detail(), p.failures, p.notBefore);
                }
            }
        }
        if (wake != null) {
            wakeAt(wake);
        }
    }

    /** The wait after the n-th failure in a row: 30 s, 1 min, 2 min, ... at most 30 min. */
    static Duration backoff(int failures) {
        Duration d = FIRST_RETRY;
        for (int i = 1; i < failures && d.compareTo(MAX_RETRY) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : d;
    }

    /** Retries of an earlier day are dropped: that day's post is superseded by today's. */
    private void dropStale(LocalDate today) {
        pending.values().removeIf(p -> {
            boolean stale = !p.inFlight && p.day.isBefore(today);
            if (stale) {
                LOG.warn("summary: giving up on the {} post to {} after {} failed attempt(s): the day is over", p.day,
                        SummaryPoster.logName(p.subscription), p.failures);
            }
            return stale;
        });
    }

    private Instant nextWake(Instant now, LocalDate today) {
        Instant next = now.plus(MAX_SLEEP);
        Instant round = lastRound != null && !lastRound.isBefore(today) ? postTime(today.plusDays(1)) : postTime(today);
        if (round.isAfter(now) && round.isBefore(next)) {
            next = round;
        }
        for (Pending p : pending.values()) {
            if (!p.inFlight && p.notBefore.isBefore(next)) {
                next = p.notBefore;
            }
        }
        return next;
    }

    private Instant nextPostTime(Instant now) {
        LocalDate today = today(now);
        Instant t = postTime(today);
        return t.isAfter(now) ? t : postTime(today.plusDays(1));
    }

    private LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    // --- the timer ---

    private void loop() {
        Instant next;
        try {
            next = runDue();
        } catch (RuntimeException e) {
            LOG.error("summary: the scheduler failed; trying again in a minute", e);
            next = clock.instant().plus(MAX_SLEEP);
        }
        schedule(this::loop, next);
    }

    private void wakeAt(Instant at) {
        schedule(() -> {
            try {
                runDue();
            } catch (RuntimeException e) {
                LOG.error("summary: the scheduler failed", e);
            }
        }, at);
    }

    private void schedule(Runnable task, Instant at) {
        ScheduledExecutorService t;
        synchronized (this) {
            if (closed || timer == null) {
                return;
            }
            t = timer;
        }
        long delay = Math.max(100, Duration.between(clock.instant(), at).toMillis());
        try {
            t.schedule(task, Math.min(delay, MAX_SLEEP.toMillis()), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    private static ThreadFactory threads(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
