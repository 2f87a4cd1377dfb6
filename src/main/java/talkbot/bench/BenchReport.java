package talkbot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * The figures of one benchmark run. Latencies are in microseconds, per call; throughput is calls
 * per second over all threads; heap is the heap in use after a full GC with the corpus, index
 * and answerer alive; build is the time to build the on-disk index from scratch; start the time to
 * open it again (finding nothing to index) with the answerer; add the time from one new article
 * added to the corpus until a search over a new snapshot finds it (and it is answered);
 * the system load average (1 minute, -1 when unknown) at the end of the run tells whether other
 * processes were competing for the CPUs while it measured.
 */
public record BenchReport(
        double answerP50Us,
        double answerP99Us,
        double answerMaxUs,
        double rawP50Us,
        double rawP99Us,
        double rawMaxUs,
        double qps,
        double rawQps,
        double heapMb,
        long buildMs,
        long startMs,
        long addMs,
        boolean addFound,
        long generateMs,
        int articles,
        int syntheticArticles,
        int sentences,
        int facts,
        int questions,
        int threads,
        long answerSamples,
        long rawSamples,
        long seed,
        int cpus,
        double loadAverage) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answer latency over the raw query's, at the median. */
    public double ratioP50() {
        return rawP50Us <= 0 ? 0 : answerP50Us / rawP50Us;
    }

    /** Whether the load average shows more running than the benchmark's threads (and a little JIT and GC). */
    public boolean busy() {
        return loadAverage - threads > 1.0;
    }

    /** One JSON object: the figures the issue names first, then what was measured on what. */
    public String toJson() {
        ObjectNode o = JSON.createObjectNode();
        o.put("answer_p50_us", round(answerP50Us, 1));
        o.put("answer_p99_us", round(answerP99Us, 1));
        o.put("raw_p50_us", round(rawP50Us, 1));
        o.put("raw_p99_us", round(rawP99Us, 1));
        o.put("ratio_p50", round(ratioP50(), 2));
        o.put("qps", round(qps, 1));
        o.put("heap_mb", round(heapMb, 1));
        o.put("build_ms", buildMs);
        o.put("start_ms", startMs);
        o.put("add_ms", addMs);
        o.put("add_found", addFound);
        o.put("articles", articles);
        o.put("answer_max_us", round(answerMaxUs, 1));
        o.put("raw_max_us", round(rawMaxUs, 1));
        o.put("raw_qps", round(rawQps, 1));
        o.put("sentences", sentences);
        o.put("facts", facts);
        o.put("synthetic_articles", syntheticArticles);
        o.put("generate_ms", generateMs);
        o.put("questions", questions);
        o.put("threads", threads);
        o.put("answer_samples", answerSamples);
        o.put("raw_samples", rawSamples);
        o.put("seed", seed);
        o.put("cpus", cpus);
        o.put("load_avg", round(loadAverage, 2));
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A table for a person. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "corpus: %,d articles (%,d synthetic, seed %d), %,d sentences, %,d facts%n",
                articles, syntheticArticles, seed, sentences, facts));
        if (syntheticArticles > 0) {
            b.append(String.format(Locale.ROOT, "generate articles: %,d ms%n", generateMs));
        }
        b.append(String.format(Locale.ROOT, "index build:       %,d ms (on disk, from scratch)%n", buildMs));
        b.append(String.format(Locale.ROOT, "start:             %,d ms (opening that index, with the answerer)%n", startMs));
        b.append(String.format(Locale.ROOT, "add one article:   %,d ms (until a search finds it%s)%n", addMs, addFound ? "" : ": NOT FOUND"));
        b.append(String.format(Locale.ROOT, "questions: %d, threads: %d%n%n", questions, threads));
        b.append(String.format(Locale.ROOT, "%-16s %12s %12s %12s %14s %10s%n", "", "p50", "p99", "max", "throughput", "samples"));
        b.append(row("answer", answerP50Us, answerP99Us, answerMaxUs, qps, answerSamples));
        b.append(row("raw BM25 query", rawP50Us, rawP99Us, rawMaxUs, rawQps, rawSamples));
        b.append(String.format(Locale.ROOT, "%nanswer ÷ raw at p50: %.2f×%n", ratioP50()));
        b.append(String.format(Locale.ROOT, "heap used after GC: %.1f MB%n", heapMb));
        b.append(String.format(Locale.ROOT, "machine: %d CPUs, load average %.2f at the end%s%n", cpus, loadAverage,
                busy() ? " (more than the benchmark's own threads: other processes competed for the CPUs)" : ""));
        return b.toString();
    }

    private static String row(String name, double p50, double p99, double max, double qps, long samples) {
        return String.format(Locale.ROOT, "%-16s %12s %12s %12s %10.0f q/s %10d%n",
                name, micros(p50), micros(p99), micros(max), qps, samples);
    }

    private static String micros(double us) {
        return us >= 1000 ? String.format(Locale.ROOT, "%.2f ms", us / 1000) : String.format(Locale.ROOT, "%.1f µs", us);
    }

    private static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
