package talkbot.bench;

import java.util.Arrays;

/**
 * Latency samples in nanoseconds, as HdrHistogram would summarise them but exactly: every sample
 * is kept and sorted once, and a percentile is the nearest-rank value. A run records a few
 * hundred thousand samples at most, so a sorted {@code long[]} is both exact and cheap.
 */
public final class Latencies {
    private long[] values;
    private int size;
    private boolean sorted = true;

    public Latencies() {
        this(1024);
    }

    public Latencies(int capacity) {
        values = new long[Math.max(16, capacity)];
    }

    public void add(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("negative latency: " + nanos);
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        if (size > 0 && nanos < values[size - 1]) {
            sorted = false;
        }
        values[size++] = nanos;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    public int count() {
        return size;
    }

    /**
     * The nearest-rank percentile: the smallest sample at or below which {@code p} percent of the
     * samples lie. {@code p} in (0, 100]; 0 samples give 0.
     */
    public long percentile(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("percentile outside (0, 100]: " + p);
        }
        if (size == 0) {
            return 0;
        }
        sort();
        // 99.9 / 100 * 1000 is 999.0000000000001 in doubles: without the epsilon its rank would be 1000
        int rank = (int) Math.ceil(p / 100.0 * size - 1e-9);
        return values[Math.min(size, Math.max(1, rank)) - 1];
    }

    public long max() {
        return size == 0 ? 0 : percentile(100);
    }

    public double mean() {
        if (size == 0) {
            return 0;
        }
        double sum = 0;
        for (int i = 0; i < size; i++) {
            sum += values[i];
        }
        return sum / size;
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }
}
