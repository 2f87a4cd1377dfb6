package talkbot.news;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import talkbot.store.Articles;
import talkbot.store.FeedState;

/**
 * Where articles come in: {@code talkbot add}'s inputs and the feeds' entries, checked and
 * written into the corpus folder (see {@link ArticleAdder} for the checks), and kept in the
 * shared store when replicas share one. A running bot learns them from the folder (talkbot.live).
 * Owns its HTTP client: close it.
 */
public final class NewsDesk implements AutoCloseable {
    private final Fetcher fetcher;
    private final Sources sources;
    private final ArticleAdder adder;
    private final Clock clock;
    private final Path corpus;

    public NewsDesk(Path corpus, Clock clock, Fetcher.Limits limits) {
        this(corpus, clock, limits, null);
    }

    /**
     * @param shared where new articles are kept too, for the other replicas (see {@link SharedCorpus});
     *               null for a bot on its own
     */
    public NewsDesk(Path corpus, Clock clock, Fetcher.Limits limits, Articles shared) {
        this.corpus = Objects.requireNonNull(corpus, "corpus");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fetcher = new Fetcher(limits);
        this.sources = new Sources(fetcher);
        this.adder = new ArticleAdder(new CorpusFolder(corpus, shared), clock);
    }

    /** The corpus folder's topic file, checked: a malformed one is a {@link talkbot.corpus.CorpusException}. */
    public void checkTopic() {
        Topic.load(corpus);
    }

    /** Adds one input of {@code talkbot add}: a .txt or .html file, or an http(s) URL. */
    public Outcome add(String input) {
        Draft draft;
        try {
            draft = sources.read(input);
        } catch (Sources.Skip s) {
            return s.outcome();
        }
        String fallbackSource = input.regionMatches(true, 0, "http", 0, 4) ? hostOf(input)
                : "local file " + Path.of(input.strip()).getFileName();
        return adder.add(draft, fallbackSource);
    }

    /** A poller of these feeds, adding to this desk's corpus; start it, and close it before the desk. */
    public FeedPoller feeds(List<URI> feeds, Duration interval, FeedState state, Runnable onAdded) {
        return new FeedPoller(feeds, interval, clock, state, fetcher, adder, onAdded);
    }

    private static String hostOf(String url) {
        try {
            String h = URI.create(url.strip()).getHost();
            return h == null ? url : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
