package talkbot.live;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusException;
import talkbot.corpus.CorpusLoader;

/**
 * Loads the corpus folder again and swaps the result into the {@link LiveCore}: the folder is read
 * leniently (a broken article is skipped with one log line, the first time it is seen broken, and
 * the rest loads), a new snapshot is built on the calling thread (never a request's), and only
 * then swapped in. When the folder cannot be loaded at all (no article left, broken aliases or
 * synonyms) the bot keeps answering from the snapshot it has, with one log line.
 */
public final class CorpusReloader {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusReloader.class);

    private final Path dir;
    private final Function<Corpus, Snapshot> build;
    private LiveCore core;
    private Fingerprint loaded;
    private Set<String> broken = Set.of();
    /** The articles as last read: a reload reads again only the files that changed. */
    private final talkbot.corpus.FolderCache read = new talkbot.corpus.FolderCache();

    /**
     * @param dir   the corpus folder
     * @param build makes the snapshot of a corpus (its index, summarizer, daily posts)
     */
    public CorpusReloader(Path dir, Function<Corpus, Snapshot> build) {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.build = Objects.requireNonNull(build, "build");
    }

    /**
     * The first load, at start: the live core of the folder as it is, broken articles skipped.
     * Throws a {@link CorpusException} when nothing can be loaded, as the other commands do.
     */
    public synchronized LiveCore start() {
        if (core != null) {
            throw new IllegalStateException("already started");
        }
        Fingerprint before = Fingerprint.of(dir);
        core = new LiveCore(build.apply(load()));
        loaded = before;
        return core;
    }

    public synchronized LiveCore core() {
        if (core == null) {
            throw new IllegalStateException("not started");
        }
        return core;
    }

    Path dir() {
        return dir;
    }

    /** The folder as it was when the snapshot now answering was loaded. */
    synchronized Fingerprint loaded() {
        return loaded;
    }

    /**
     * Loads the folder and swaps the new snapshot in; true when it did. Never throws: a failure
     * leaves the current snapshot answering and is logged.
     */
    public synchronized boolean reload() {
        LiveCore live = core();
        Fingerprint before;
        try {
            before = Fingerprint.of(dir);
        } catch (RuntimeException e) {
            LOG.error("corpus: cannot read the folder {}: {}; still answering from {} article(s)", dir, e.getMessage(),
                    live.articleCount());
            return false;
        }
        Snapshot next;
        try {
            next = build.apply(load());
        } catch (CorpusException e) {
            LOG.error("corpus: not reloaded: {}; still answering from {} article(s)", e.getMessage(), live.articleCount());
            loaded = before; // tried: wait for the next change rather than fail again every scan
            return false;
        } catch (RuntimeException e) {
            LOG.error("corpus: not reloaded; still answering from {} article(s)", live.articleCount(), e);
            loaded = before;
            return false;
        }
        Set<String> had = ids(live.snapshot());
        Set<String> has = ids(next);
        live.replace(next);
        String changes = before.changesSince(loaded);
        loaded = before;
        Set<String> added = new LinkedHashSet<>(has);
        added.removeAll(had);
        Set<String> removed = new LinkedHashSet<>(had);
        removed.removeAll(has);
        LOG.info("corpus: reloaded, {} article(s) (files: {}){}{}", has.size(), changes,
                added.isEmpty() ? "" : "; new: " + String.join(", ", added),
                removed.isEmpty() ? "" : "; gone: " + String.join(", ", removed));
        return true;
    }

    private Corpus load() {
        Set<String> now = new HashSet<>();
        Corpus corpus = CorpusLoader.load(dir, e -> {
            now.add(e.getMessage());
            if (!broken.contains(e.getMessage())) {
                LOG.warn("corpus: skipped a broken article: {}", e.getMessage());
            }
        }, read);
        broken = Set.copyOf(now);
        return corpus;
    }

    private static Set<String> ids(Snapshot s) {
        Set<String> ids = new LinkedHashSet<>();
        s.corpus().articles().forEach(a -> ids.add(a.id()));
        return ids;
    }
}
