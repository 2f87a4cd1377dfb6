package talkbot.live;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the corpus folder and reloads the live core when files appear in it, change or go
 * (written by {@code talkbot add}, by a feed, or copied by hand). Changes are debounced: the
 * folder is reloaded once it has been still for {@code settle} (a copy of many files is one
 * reload). The file system's notifications wake it at once where there are any; a scan every
 * {@code scan} catches what they miss (network and container volumes), so a change is picked up
 * within {@code scan + settle} plus the reload's own time — well within a minute with the
 * defaults. One daemon thread; {@link #close()} stops it.
 */
public final class CorpusWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CorpusWatcher.class);
    public static final Duration SCAN = Duration.ofSeconds(20);
    public static final Duration SETTLE = Duration.ofSeconds(2);
    /** A folder that never stops changing is reloaded anyway after this many settle periods. */
    static final int MAX_SETTLE_ROUNDS = 10;

    private final CorpusReloader reloader;
    private final Duration scan;
    private final Duration settle;
    private final WatchService watch;
    private final Thread thread;
    private final Object wake = new Object();
    private boolean nudged;
    private volatile boolean closed;

    private CorpusWatcher(CorpusReloader reloader, Duration scan, Duration settle) {
        this.reloader = Objects.requireNonNull(reloader, "reloader");
        this.scan = scan;
        this.settle = settle;
        this.watch = register(reloader.dir());
        this.thread = new Thread(this::loop, "talkbot-corpus-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching with the default scan and settle periods. */
    public static CorpusWatcher start(CorpusReloader reloader) {
        return start(reloader, SCAN, SETTLE);
    }

    public static CorpusWatcher start(CorpusReloader reloader, Duration scan, Duration settle) {
        CorpusWatcher w = new CorpusWatcher(reloader, scan, settle);
        w.thread.start();
        return w;
    }

    /** A watcher whose thread is not started: the folder is looked at only when {@link #checkNow()} is called (tests). */
    static CorpusWatcher manual(CorpusReloader reloader) {
        return new CorpusWatcher(reloader, SCAN, SETTLE);
    }

    /** Looks at the folder soon rather than at the next scan (an article was just written). */
    public void nudge() {
        synchronized (wake) {
            nudged = true;
            wake.notifyAll();
        }
    }

    /**
     * Compares the folder with what the live core was loaded from and, when it changed, reloads;
     * true when it reloaded. No debounce: the watcher's thread waits for the folder to settle
     * before it calls this.
     */
    boolean checkNow() {
        Fingerprint now = Fingerprint.of(reloader.dir());
        return !now.equals(reloader.loaded()) && reloader.reload();
    }

    private void loop() {
        while (!closed) {
            try {
                waitForChange();
                if (closed) {
                    return;
                }
                Fingerprint now = Fingerprint.of(reloader.dir());
                if (now.equals(reloader.loaded())) {
                    continue;
                }
                for (int i = 0; i < MAX_SETTLE_ROUNDS && !closed; i++) {
                    sleep(settle);
                    drainEvents();
                    Fingerprint later = Fingerprint.of(reloader.dir());
                    if (later.equals(now)) {
                        break;
                    }
                    now = later;
                }
                if (!closed) {
                    checkNow();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.error("corpus: watching the folder failed: {}; trying again in {} s", e.getMessage(), scan.toSeconds());
                try {
                    sleep(scan);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }
    }

    /** Returns on a file system event, a nudge, or after the scan period. */
    private void waitForChange() throws InterruptedException {
        long deadline = System.nanoTime() + scan.toNanos();
        while (!closed) {
            synchronized (wake) {
                if (nudged) {
                    nudged = false;
                    return;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            long step = Math.min(left, TimeUnit.MILLISECONDS.toNanos(500));
            if (watch != null) {
                try {
                    WatchKey key = watch.poll(step, TimeUnit.NANOSECONDS);
                    if (key != null) {
                        key.pollEvents();
                        key.reset();
                        return;
                    }
                } catch (ClosedWatchServiceException e) {
                    return;
                }
            } else {
                synchronized (wake) {
                    if (!nudged) {
                        TimeUnit.NANOSECONDS.timedWait(wake, step);
                    }
                }
            }
        }
    }

    private void drainEvents() {
        if (watch == null) {
            return;
        }
        try {
            for (WatchKey key = watch.poll(); key != null; key = watch.poll()) {
                key.pollEvents();
                key.reset();
            }
        } catch (ClosedWatchServiceException e) {
            // closing
        }
    }

    private void sleep(Duration d) throws InterruptedException {
        synchronized (wake) {
            if (!closed) {
                TimeUnit.MILLISECONDS.timedWait(wake, Math.max(1, d.toMillis()));
            }
        }
    }

    private static WatchService register(Path dir) {
        try {
            WatchService w = dir.getFileSystem().newWatchService();
            dir.register(w, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                    StandardWatchEventKinds.ENTRY_DELETE);
            return w;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.info("corpus: no file system notifications for {} ({}); scanning it every {} s", dir, e.getMessage(),
                    SCAN.toSeconds());
            return null;
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        if (watch != null) {
            try {
                watch.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        try {
            thread.join(2_000); // a reload in progress finishes
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(5_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
