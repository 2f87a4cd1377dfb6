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

    private record Op<T>(String what, SqliteStore.Work<T> work, CompletableFuture<T> result, Runnable afterCommit) {
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
     * the record as closely as possible (the last byte of a request whose sending it records).
     */
    <T> CompletableFuture<T> submit(String what, SqliteStore.Work<T> work, Runnable afterCommit) {
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
        for (Op<?> op : batch) {
            if (op.afterCommit() != null) {
                try {
                    op.afterCommit().run();
                } catch (RuntimeException e) {
                    LOG.warn("store: an action after a commit failed: {}", e.toString());
                }
            }
        }
        completions.forEach(Runnable::run);
        if (++sinceCheckpoint >= CHECKPOINT_EVERY) {
            sinceCheckpoint = 0;
            checkpoint();
        }
    }

    /**
     * Copies the WAL into the database file. SQLite would otherwise do it inside a COMMIT, between
     * the commit reaching the disk and COMMIT returning — delaying the actions that must follow the
     * commit at once (see {@link #submit(String, SqliteStore.Work, Runnable)}) by a checkpoint's
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
