package talkbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Runs one operation over a list of questions on N threads for a while and times every call
 * with {@link System#nanoTime}. Each thread starts at a different question and goes round the
 * list; every thread asks every question at least once, so short runs still cover the set.
 */
final class LoadRunner {
    /** What a phase measured: every call's latency, and the wall time from start to the last thread's end. */
    record Phase(Latencies latencies, long wallNanos) {
        double throughput() {
            return wallNanos <= 0 ? 0 : latencies.count() * 1e9 / wallNanos;
        }
    }

    private LoadRunner() {}

    static Phase run(Function<String, ?> op, List<String> questions, int threads, long durationNanos) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Latencies> perThread = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        long[] start = new long[1];
        for (int t = 0; t < threads; t++) {
            Latencies mine = new Latencies(64 * 1024);
            perThread.add(mine);
            int offset = t * questions.size() / threads;
            Thread w = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    loop(op, questions, offset, mine, start[0] + durationNanos);
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "bench-" + t);
            w.setDaemon(true);
            workers.add(w);
            w.start();
        }
        try {
            ready.await();
            start[0] = System.nanoTime();
            go.countDown();
            for (Thread w : workers) {
                w.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        long wall = System.nanoTime() - start[0];
        if (failure.get() != null) {
            throw new IllegalStateException("a benchmark call failed: " + failure.get(), failure.get());
        }
        Latencies all = new Latencies(perThread.stream().mapToInt(Latencies::count).sum());
        perThread.forEach(all::addAll);
        return new Phase(all, wall);
    }

    private static void loop(Function<String, ?> op, List<String> questions, int offset, Latencies out, long deadline) {
        int n = questions.size();
        int nulls = 0;
        for (long calls = 0; ; calls++) {
            String q = questions.get((int) ((offset + calls) % n));
            long t0 = System.nanoTime();
            Object r = op.apply(q);
            long t1 = System.nanoTime();
            out.add(t1 - t0);
            if (r == null) {
                nulls++;
            }
            if (calls + 1 >= n && t1 >= deadline) {
                break;
            }
        }
        if (nulls < 0) {
            throw new AssertionError(); // keeps the results alive for the JIT
        }
    }
}
