package talkbot.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection and one thread that run writes in batches: whatever is queued when the thread
 * comes round goes into one transaction, so that many callers share one commit (one fsync) instead
 * of waiting for one each. A batch commits whole or fails whole: when any of its writes fails, or
 * the commit does (disk full, locked past the busy timeout, read-only), every caller in it gets the
 * cause. Callers wait on the returned future, as long as they can afford to.
 */
final class GroupCommit implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MAX_BATCH = 512;
    /** Batches between checkpoints of the WAL into the database file (the connection does none itself). */
    private static final int CHECKPOINT_EVERY = 64;

    /** What must follow a commit at once, on the writer thread; a failure fails the write it follows. */
    @FunctionalInterface
    interface AfterCommit {
        void run() throws SQLException;
    }

    private record Op<T>(String what, SqliteStore.Work<T> work, CompletableFuture<T> result, AfterCommit afterCommit) {
        void run(List<Runnable> completions) throws SQLException {
            T value = work.run();
            completions.add(() -> result.complete(value));
        }
    }

    private final Connection connection;
    private final Path file;
    private final BlockingQueue<Op<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closing;
    private int sinceCheckpoint;
    /** Set while the connection commits without syncing (see {@link #commitUnsynced}); reset before any other commit. */
    private boolean unsynced;

    GroupCommit(Connection connection, Path file, String name) {
        this.connection = connection;
        this.file = file;
        this.thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    <T> CompletableFuture<T> submit(String what, SqliteStore.Work<T> work) {
        return submit(what, work, null);
    }

    /**
     * Like {@link #submit(String, SqliteStore.Work)}; {@code afterCommit} (when not null) runs on
     * this thread the moment the commit is on disk, before anyone is told: for what must follow
     * the record as closely as possible (the last byte of a request whose sending it records). It
     * may write with {@link #commitUnsynced}; when it throws, the write's future fails with the
     * cause (the commit itself stands).
     */
    <T> CompletableFuture<T> submit(String what, SqliteStore.Work<T> work, AfterCommit afterCommit) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closing) {
            result.completeExceptionally(new StoreException("cannot " + what + " in " + file + ": the store is closed", null));
            return result;
        }
        queue.add(new Op<>(what, work, result, afterCommit));
        return result;
    }

    private void loop() {
        List<Op<?>> batch = new ArrayList<>();
        while (true) {
            try {
                Op<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closing) {
                        return;
                    }
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                runBatch(batch);
            } catch (InterruptedException e) {
                if (closing && queue.isEmpty()) {
                    return;
                }
            } catch (RuntimeException | Error e) {
                LOG.error("store: the write thread failed", e);
                for (Op<?> op : batch) {
                    op.result().completeExceptionally(e);
                }
            } finally {
                batch.clear();
            }
        }
    }

    private void runBatch(List<Op<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        try (Statement s = connection.createStatement()) {
            syncAgain(); // never a batch without its sync, even when putting it back failed last time
            s.execute("BEGIN IMMEDIATE");
            try {
                for (Op<?> op : batch) {
                    op.run(completions);
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(s, e);
                throw e;
            }
        } catch (SQLException e) {
            batch.forEach(op -> op.result().completeExceptionally(StoreException.of(op.what(), file, e)));
            return;
        } catch (RuntimeException e) {
            batch.forEach(op -> op.result().completeExceptionally(e));
            return;
        }
        try {
            for (Op<?> op : batch) {
                if (op.afterCommit() != null) {
                    try {
                        op.afterCommit().run();
                    } catch (SQLException e) {
                        op.result().completeExceptionally(StoreException.of(op.what(), file, e));
                    } catch (RuntimeException e) {
                        LOG.warn("store: an action after a commit failed: {}", e.toString());
                        op.result().completeExceptionally(e);
                    }
                }
            }
        } finally {
            try {
                syncAgain();
            } catch (SQLException e) {
                LOG.warn("store: cannot turn commit syncs back on ({}); the next write tries again", e.getMessage());
            }
        }
        completions.forEach(Runnable::run); // a future already failed above stays failed
        if (++sinceCheckpoint >= CHECKPOINT_EVERY) {
            sinceCheckpoint = 0;
            checkpoint();
        }
    }

    /**
     * Runs {@code work} in a transaction of its own whose commit is written to the WAL but not
     * synced to the disk: on this thread only, from an {@link AfterCommit}. Such a commit survives
     * the process (killed or not) as soon as it returns, since the operating system holds the
     * write, but not necessarily a crash of the machine; the next batch's sync covers it. For a
     * note that must be on record the moment something happens and must not wait a sync for it.
     */
    <T> T commitUnsynced(SqliteStore.Work<T> work) throws SQLException {
        if (Thread.currentThread() != thread) {
            throw new IllegalStateException("commitUnsynced runs on the store's writer thread only");
        }
        try (Statement s = connection.createStatement()) {
            if (!unsynced) {
                unsynced = true; // set first: a failure below still puts the sync back before the next batch
                s.execute("PRAGMA synchronous=OFF");
            }
            s.execute("BEGIN IMMEDIATE");
            T value;
            try {
                value = work.run();
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(s, e);
                throw e;
            }
            return value;
        }
    }

    /** Every commit synced to the disk again, after {@link #commitUnsynced}. */
    private void syncAgain() throws SQLException {
        if (unsynced) {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA synchronous=FULL");
            }
            unsynced = false;
        }
    }

    /**
     * Copies the WAL into the database file. SQLite would otherwise do it inside a COMMIT, between
     * the commit reaching the disk and COMMIT returning — delaying the actions that must follow the
     * commit at once (see {@link #submit(String, SqliteStore.Work, AfterCommit)}) by a checkpoint's
     * fsyncs. Passive: it waits for no one; whatever it cannot copy now is copied next time.
     */
    private void checkpoint() {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (SQLException e) {
            LOG.debug("store: a checkpoint did not run: {}", e.getMessage());
        }
    }

    /** Undoes a failed batch; SQLite may have rolled it back already (disk full, I/O error), which is fine. */
    private static void rollback(Statement s, Exception cause) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            if (!String.valueOf(e.getMessage()).contains("no transaction is active")) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Takes no more writes, runs those queued, and closes the connection. */
    @Override
    public void close() {
        closing = true;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            thread.interrupt();
        }
        Op<?> left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new StoreException("cannot " + left.what() + " in " + file
                    + ": the store is closed", null));
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("store: closing the write connection failed: {}", e.getMessage());
        }
    }
}
