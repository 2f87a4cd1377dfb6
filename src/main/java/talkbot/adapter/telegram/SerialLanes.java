package talkbot.adapter.telegram;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Runs tasks on a pool of worker threads, one lane per key: tasks with the same key (one chat) run
 * one after another in the order given, tasks with different keys in parallel. Owns its threads.
 */
final class SerialLanes implements AutoCloseable {
    private static final CompletableFuture<Void> IDLE = CompletableFuture.completedFuture(null);

    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Void>> tails = new HashMap<>();

    SerialLanes(int threads, String name) {
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                new DaemonThreads(name));
    }

    /**
     * Queues {@code task} behind the others of its lane. The future completes when the task has
     * run; exceptionally when it threw or could not run because the lanes were closed.
     */
    synchronized CompletableFuture<Void> submit(String key, Runnable task) {
        CompletableFuture<Void> previous = tails.getOrDefault(key, IDLE);
        CompletableFuture<Void> next = previous.handle((v, e) -> null).thenRunAsync(task, pool);
        tails.put(key, next);
        next.whenComplete((v, e) -> forget(key, next));
        return next;
    }

    private synchronized void forget(String key, CompletableFuture<Void> tail) {
        tails.remove(key, tail);
    }

    /** Takes no more tasks, lets those queued finish within {@code grace}, then interrupts what still runs. */
    void close(Duration grace) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }
}
