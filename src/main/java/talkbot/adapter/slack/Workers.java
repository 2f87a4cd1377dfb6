package talkbot.adapter.slack;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads that answer and post, off the threads that take requests: a fixed pool with a
 * bounded queue (a flood is refused, not queued without end), counting the tasks in flight.
 */
final class Workers implements Executor, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workers.class);

    private final ThreadPoolExecutor pool;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Duration drain;

    Workers(String name, int threads, int queue, Duration drain) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), factory, new ThreadPoolExecutor.AbortPolicy());
        this.drain = drain;
    }

    /** Runs a task; throws {@link RejectedExecutionException} when full or closed. */
    @Override
    public void execute(Runnable task) {
        inFlight.incrementAndGet();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.warn("slack: a background task failed: {}", e.toString());
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RejectedExecutionException e) {
            inFlight.decrementAndGet();
            throw e;
        }
    }

    /** True when no task is queued or running. */
    boolean idle() {
        return inFlight.get() == 0;
    }

    /** Stops taking tasks, lets those in flight finish for the drain time, then interrupts them. */
    @Override
    public void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
