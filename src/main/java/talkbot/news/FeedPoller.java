package talkbot.news;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.metrics.BotMetrics;
import talkbot.store.FeedState;
import talkbot.store.FeedState.Validators;

/**
 * Polls RSS and Atom feeds every {@code interval} and adds each new entry that passes
 * {@link ArticleAdder} (on topic, not a duplicate …) to the corpus folder, whatever its date: the
 * date orders the corpus, it does not filter it.
 * <ul>
 *   <li>Each feed is fetched with its validators (ETag, Last-Modified), so an unchanged feed costs
 *       a 304; an entry dealt with for good (added or skipped for a lasting reason) is remembered
 *       in the {@link FeedState} and never fetched again; an entry whose page was unreachable is
 *       tried at the next poll (and the feed is then fetched without validators).</li>
 *   <li>An entry's page is fetched for its text; its title and date come from the entry when it
 *       has them, else from the page; when the page cannot be had, text the entry itself carries
 *       (at least {@value ArticleAdder#MIN_CHARS} characters) stands in.</li>
 *   <li>One failing feed (unreachable, not a feed, malformed XML) is one log line and never stops
 *       the others; each entry added or skipped is one log line.</li>
 * </ul>
 * {@link #runDue()} polls what is due at the clock's instant; {@link #start()} calls it on its
 * own daemon thread, tests call it after moving a fake clock. Feeds are named in logs without
 * their query (which may hold a key).
 */
public final class FeedPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    static final String ACCEPT_FEED = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
    /** Entries are remembered this long: far longer than any feed carries them. */
    static final Duration REMEMBER = Duration.ofDays(180);
    private static final Duration MAX_SLEEP = Duration.ofMinutes(1);

    private final Map<URI, Instant> due = new LinkedHashMap<>();
    private final Duration interval;
    private final Clock clock;
    private final FeedState state;
    private final Fetcher fetcher;
    private final Sources sources;
    private final ArticleAdder adder;
    private final Runnable onAdded;
    private final Object sleep = new Object();
    private volatile boolean closed;
    private volatile Thread thread;
    private Instant lastForget = Instant.MIN;

    /**
     * @param onAdded called after a poll that added articles (the corpus watcher's nudge)
     */
    FeedPoller(List<URI> feeds, Duration interval, Clock clock, FeedState state, Fetcher fetcher, ArticleAdder adder,
            Runnable onAdded) {
        this.interval = Objects.requireNonNull(interval, "interval");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.state = Objects.requireNonNull(state, "state");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.sources = new Sources(fetcher);
        this.adder = Objects.requireNonNull(adder, "adder");
        this.onAdded = Objects.requireNonNull(onAdded, "onAdded");
        Instant now = clock.instant();
        feeds.forEach(f -> due.put(f, now));
    }

    /** Polls every feed that is due now; returns when one is next due. */
    public synchronized Instant runDue() {
        Instant now = clock.instant();
        int added = 0;
        for (Map.Entry<URI, Instant> e : due.entrySet()) {
            if (closed) {
                break;
            }
            if (!e.getValue().isAfter(now)) {
                try {
                    added += poll(e.getKey());
                } catch (RuntimeException ex) {
                    LOG.error("feeds: {}: failed: {}", name(e.getKey()), ex.toString());
                }
                e.setValue(now.plus(interval));
            }
        }
        if (added > 0) {
            onAdded.run();
        }
        if (Duration.between(lastForget, now).compareTo(Duration.ofDays(1)) > 0) {
            lastForget = now;
            try {
                state.forgetBefore(now.minus(REMEMBER));
            } catch (RuntimeException ex) {
                LOG.warn("feeds: cannot forget old entries: {}", ex.getMessage());
            }
        }
        return due.values().stream().min(Instant::compareTo).orElse(now.plus(interval));
    }

    /** Polls one feed; returns how many articles it added. Never throws for the feed's own faults. */
    int poll(URI feed) {
        Validators validators = state.validators(feed);
        Fetched fetched;
        FeedReader.Feed parsed;
        try {
            fetched = fetcher.get(feed, validators, ACCEPT_FEED);
            if (fetched.notModified()) {
                BotMetrics.feedFetch("not_modified");
                LOG.debug("feeds: {}: not modified", name(feed));
                return 0;
            }
            parsed = FeedReader.read(fetched);
        } catch (FetchException | FeedReader.NotAFeed e) {
            BotMetrics.feedFetch("failed");
            LOG.warn("feeds: {}: {}", name(feed), e.getMessage());
            return 0;
        }
        BotMetrics.feedFetch("changed");
        String feedTitle = parsed.title().isEmpty() ? name(feed) : parsed.title();
        int added = 0;
        boolean allDone = true;
        for (FeedReader.Entry entry : parsed.entries()) {
            if (closed) {
                allDone = false;
                break;
            }
            if (state.seen(feed, entry.key())) {
                continue;
            }
            Outcome o = entry(entry, feedTitle);
            String what = o.kind() == Outcome.Kind.ADDED ? o.line("") : o.line(entry.link().isEmpty() ? entry.key() : entry.link());
            if (o.kind() == Outcome.Kind.ADDED) {
                added++;
            }
            LOG.info("feeds: {}: {}", name(feed), what);
            if (o.passing()) {
                allDone = false;
            } else {
                state.markSeen(feed, entry.key(), o.kind() + (o.id().isEmpty() ? "" : " " + o.id()), clock.instant());
            }
        }
        // validators only once every entry is done: else a 304 would hide the ones to try again
        state.saveValidators(feed, allDone ? new Validators(fetched.etag(), fetched.lastModified()) : Validators.NONE,
                clock.instant());
        return added;
    }

    private Outcome entry(FeedReader.Entry entry, String feedTitle) {
        Draft fromFeed = entry.draft(feedTitle);
        Optional<Outcome> known = adder.knownUrl(entry.link());
        if (known.isPresent()) {
            return known.get();
        }
        Draft page;
        try {
            page = sources.page(new URI(entry.link()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            page = null;
            if (fromFeed.text().length() < ArticleAdder.MIN_CHARS) {
                return Outcome.skipped(Outcome.Kind.UNREADABLE, "the entry's link is not a URL");
            }
        } catch (Sources.Skip s) {
            if (fromFeed.text().length() < ArticleAdder.MIN_CHARS || s.outcome().kind() == Outcome.Kind.NOT_TEXT) {
                return s.outcome();
            }
            page = null; // the entry carries the article: take it from there
        }
        Draft draft;
        if (page == null) {
            draft = fromFeed;
        } else {
            // the entry's title and date, the page's text, source and (canonical) URL
            Draft entryFirst = new Draft(fromFeed.title(), fromFeed.published(), "", "", List.of());
            draft = entryFirst.orElse(page).orElse(fromFeed);
        }
        return adder.add(draft, feedTitle);
    }

    /** Starts polling on a daemon thread: at once, then as feeds fall due. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("already started");
        }
        thread = new Thread(this::loop, "talkbot-feeds");
        thread.setDaemon(true);
        thread.start();
        LOG.info("feeds: polling {} feed(s) every {}", due.size(), interval);
    }

    private void loop() {
        while (!closed) {
            Instant next;
            try {
                next = runDue();
            } catch (RuntimeException e) {
                LOG.error("feeds: polling failed: {}", e.toString());
                next = clock.instant().plus(MAX_SLEEP);
            }
            long wait = Math.min(Duration.between(clock.instant(), next).toMillis(), MAX_SLEEP.toMillis());
            synchronized (sleep) {
                if (!closed && wait > 0) {
                    try {
                        TimeUnit.MILLISECONDS.timedWait(sleep, wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }
    }

    /** A feed as logs name it: its host and path, never its query. */
    static String name(URI feed) {
        return feed.getHost() + (feed.getPort() < 0 ? "" : ":" + feed.getPort()) + (feed.getRawPath() == null ? "" : feed.getRawPath());
    }

    @Override
    public void close() {
        closed = true;
        synchronized (sleep) {
            sleep.notifyAll();
        }
        Thread t = thread;
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
