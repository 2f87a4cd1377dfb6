package talkbot.cli;

import java.time.Clock;
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
import talkbot.store.SqliteFeedState;

/**
 * What makes {@code run} learn new articles: the live core (loaded leniently: a broken article is
 * skipped with a log line), the watcher that reloads it when the corpus folder changes, and the
 * feed poller (when TALKBOT_FEEDS names any) that writes new articles into that folder.
 */
final class LiveNews implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LiveNews.class);

    private final IndexStore index;
    private final LiveCore core;
    private final BotProfile profile;
    private final CorpusWatcher watcher;
    private final Settings settings;
    private final NewsSettings news;
    private NewsDesk desk;
    private SqliteFeedState state;
    private FeedPoller poller;

    private LiveNews(IndexStore index, LiveCore core, BotProfile profile, CorpusWatcher watcher, Settings settings,
            NewsSettings news) {
        this.index = index;
        this.core = core;
        this.profile = profile;
        this.watcher = watcher;
        this.settings = settings;
        this.news = news;
    }

    /**
     * Loads the corpus (and its bot.properties, read once), opens the index in the data directory
     * and brings it in step with the corpus, and starts watching the corpus folder.
     */
    static LiveNews start(Settings settings, NewsSettings news) {
        BotProfile profile = BotProfile.load(settings.corpus());
        IndexStore index = IndexStore.open(settings.dataDir().resolve(INDEX_FOLDER));
        try {
            CorpusReloader reloader = new CorpusReloader(settings.corpus(),
                    corpus -> Core.snapshot(corpus, profile, news.whenQuiet(), index));
            LiveCore core = reloader.start();
            return new LiveNews(index, core, profile, CorpusWatcher.start(reloader), settings, news);
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

    /** Starts polling the feeds, if any are set. */
    synchronized void startFeeds() {
        if (news.feeds().isEmpty() || poller != null) {
            return;
        }
        desk = new NewsDesk(settings.corpus(), Clock.systemUTC(), Fetcher.Limits.defaults());
        desk.checkTopic();
        state = SqliteFeedState.open(settings.dataDir());
        poller = desk.feeds(news.feeds(), news.feedInterval(), state, watcher::nudge);
        poller.start();
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable c : new AutoCloseable[] {poller, state, desk, watcher, core, index}) {
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
