package talkbot.cli;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.config.NewsSettings;
import talkbot.config.Settings;
import talkbot.corpus.BotProfile;
import talkbot.index.IndexStore;
import talkbot.live.CorpusReloader;
import talkbot.live.CorpusWatcher;
import talkbot.live.LiveCore;
import talkbot.news.Fetcher;
import talkbot.news.FeedPoller;
import talkbot.news.NewsDesk;
import talkbot.news.SharedCorpus;
import talkbot.store.RoleHolder;
import talkbot.store.Store;

/**
 * What makes {@code run} learn new articles: the live core (loaded leniently: a broken article is
 * skipped with a log line), the watcher that reloads it when the corpus folder changes, and the
 * feed poller (when TALKBOT_FEEDS names any) that writes new articles into that folder, its
 * state kept in the store. On a store that replicas share, articles added anywhere are kept there
 * too and written into each replica's folder ({@link SharedCorpus}), and one replica at a time
 * polls the feeds.
 */
final class LiveNews implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveNews.class);
    /** How often a replica that does not poll the feeds asks whether the one that did has stopped. */
    private static final Duration FEED_ROLE_RETRY = Duration.ofSeconds(30);

    private final IndexStore index;
    private final LiveCore core;
    private final BotProfile profile;
    private final CorpusWatcher watcher;
    private final Settings settings;
    private final NewsSettings news;
    private final Store store;
    private final SharedCorpus shared;
    private NewsDesk desk;
    private AutoCloseable feeds;

    private LiveNews(IndexStore index, LiveCore core, BotProfile profile, CorpusWatcher watcher, Settings settings,
            NewsSettings news, Store store, SharedCorpus shared) {
        this.index = index;
        this.core = core;
        this.profile = profile;
        this.watcher = watcher;
        this.settings = settings;
        this.news = news;
        this.store = store;
        this.shared = shared;
    }

    /**
     * Brings in the articles other replicas added (on a shared store), loads the corpus (and its
     * bot.properties, read once), opens the index in the data directory and brings it in step with
     * the corpus, and starts watching the corpus folder.
     */
    static LiveNews start(Settings settings, NewsSettings news, Store store) {
        SharedCorpus shared = store.articles().map(a -> new SharedCorpus(settings.corpus(), a)).orElse(null);
        if (shared != null) {
            int written = shared.syncNow();
            LOG.info("corpus: {} article(s) added by other replicas written into {}", written, settings.corpus());
        }
        BotProfile profile = BotProfile.load(settings.corpus());
        IndexStore index = IndexStore.open(settings.dataDir().resolve(INDEX_FOLDER));
        try {
            CorpusReloader reloader = new CorpusReloader(settings.corpus(),
                    corpus -> Core.snapshot(corpus, profile, news.whenQuiet(), index));
            LiveCore core = reloader.start();
            CorpusWatcher watcher = CorpusWatcher.start(reloader);
            if (shared != null) {
                shared.start(watcher::nudge);
            }
            return new LiveNews(index, core, profile, watcher, settings, news, store, shared);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** The index's folder in the data directory. */
    static final String INDEX_FOLDER = "index";

    LiveCore core() {
        return core;
    }

    /** What the corpus's bot.properties says about the bot, as read at start. */
    BotProfile profile() {
        return profile;
    }

    /** Starts polling the feeds, if any are set: here, or on a shared store by whichever replica holds the role. */
    synchronized void startFeeds() {
        if (news.feeds().isEmpty() || feeds != null) {
            return;
        }
        desk = new NewsDesk(settings.corpus(), Clock.systemUTC(), Fetcher.Limits.defaults(),
                store.articles().orElse(null));
        desk.checkTopic();
        if (!store.shared()) {
            feeds = poll();
            return;
        }
        RoleHolder role = new RoleHolder(store, "feed-poller", FEED_ROLE_RETRY, () -> {
            LOG.info("feeds: this replica polls the feeds now");
            return poll();
        }, "feeds: polling");
        role.start();
        feeds = role;
    }

    private FeedPoller poll() {
        FeedPoller poller = desk.feeds(news.feeds(), news.feedInterval(), store.feedState(), watcher::nudge);
        poller.start();
        return poller;
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : new AutoCloseable[] {feeds, shared, desk, watcher, core, index}) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception e) {
                    LOG.warn("while stopping: {}", e.toString());
                }
            }
        }
    }
}
