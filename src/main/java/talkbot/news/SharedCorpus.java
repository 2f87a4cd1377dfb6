package talkbot.news;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.store.Articles;
import talkbot.store.StoreException;

/**
 * One corpus for every replica: the articles any replica added ({@code talkbot add}, a feed) are
 * kept in the shared store, and this writes those its corpus folder lacks into it, at start and
 * every {@link #EVERY}, then nudges the corpus watcher, which reloads. An id the folder has
 * already is left as the folder has it. Owns its thread (a daemon).
 */
public final class SharedCorpus implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SharedCorpus.class);
    /** How often the shared store is asked for new articles. */
    public static final Duration EVERY = Duration.ofSeconds(10);
    private static final int BATCH = 200;

    private final CorpusFolder folder;
    private final Articles articles;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "talkbot-shared-corpus");
        t.setDaemon(true);
        return t;
    });
    /** The last article seen in the store (written here, or here already). */
    private long seen;
    private boolean failing;

    public SharedCorpus(Path corpus, Articles articles) {
        this.folder = new CorpusFolder(Objects.requireNonNull(corpus, "corpus"));
        this.articles = Objects.requireNonNull(articles, "articles");
    }

    /**
     * Writes into the folder what the store has and it lacks; returns how many articles it wrote.
     *
     * @throws StoreException when the store cannot be read
     */
    public synchronized int syncNow() {
        int written = 0;
        while (true) {
            List<Articles.Stored> batch = articles.since(seen, BATCH);
            for (Articles.Stored a : batch) {
                if (folder.writeKept(a)) {
                    written++;
                    LOG.info("corpus: wrote {}, added by another replica", a.id());
                }
                seen = a.seq();
            }
            if (batch.size() < BATCH) {
                return written;
            }
        }
    }

    /** From now on, every {@link #EVERY}: {@link #syncNow()}, then {@code onWritten} when it wrote any. */
    public void start(Runnable onWritten) {
        timer.scheduleWithFixedDelay(() -> {
            try {
                if (syncNow() > 0) {
                    onWritten.run();
                }
                failing = false;
            } catch (StoreException | java.io.UncheckedIOException e) {
                if (!failing) {
                    LOG.warn("corpus: cannot bring in the other replicas' articles: {}", e.getMessage());
                }
                failing = true;
            } catch (RuntimeException e) {
                LOG.error("corpus: bringing in the other replicas' articles failed: {}", e.toString());
            }
        }, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
