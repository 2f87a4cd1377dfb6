package talkbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import talkbot.answer.QuestionAnswerer;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.index.CorpusIndex;
import talkbot.summary.CorpusSummarizer;

/**
 * Measures the answering core: optionally grows the corpus with synthetic articles, builds the
 * index and answerer (timed), warms up, then times one raw BM25 query of each question
 * ({@link CorpusIndex#rawSearch}: the floor every answer pays) and the whole answer
 * ({@link QuestionAnswerer#answer}) over the same index, and the heap in use after a full GC.
 */
public final class Benchmark {
    /** Hits the raw query asks Lucene for: what a plain search would show. */
    static final int RAW_HITS = 10;

    /**
     * @param threads           threads asking at once
     * @param warmupSeconds     time spent asking before measuring, so the JIT has compiled the hot paths
     * @param durationSeconds   time each measured phase runs (each thread asks every question at least once)
     * @param syntheticArticles generated articles added to the corpus
     * @param seed              seed of the generator
     */
    public record Options(int threads, double warmupSeconds, double durationSeconds, int syntheticArticles, long seed) {
        public Options {
            if (threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            if (!(warmupSeconds >= 0) || !(durationSeconds >= 0)) {
                throw new IllegalArgumentException("--warmup and --duration must be 0 or more seconds");
            }
            if (syntheticArticles < 0) {
                throw new IllegalArgumentException("--synthetic-articles must be 0 or more");
            }
        }
    }

    private Benchmark() {}

    public static BenchReport run(Corpus base, List<String> questions, Options o, Consumer<String> progress) {
        Objects.requireNonNull(base, "base");
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions");
        }
        Corpus corpus = base;
        long generateMs = 0;
        if (o.syntheticArticles() > 0) {
            progress.accept("generating " + o.syntheticArticles() + " synthetic articles (seed " + o.seed() + ")");
            long t = System.nanoTime();
            List<Article> more = SyntheticArticles.generate(o.syntheticArticles(), o.seed());
            corpus = base.withArticles(more);
            generateMs = millisSince(t);
        }
        gc();
        progress.accept("building the index over " + corpus.articles().size() + " articles");
        long t = System.nanoTime();
        CorpusIndex index = CorpusIndex.build(corpus);
        QuestionAnswerer answerer = new QuestionAnswerer(index, new CorpusSummarizer(corpus));
        long buildMs = millisSince(t);

        Function<String, Object> raw = q -> index.rawSearch(q, RAW_HITS);
        Function<String, Object> answer = answerer::answer;
        if (o.warmupSeconds() > 0) {
            progress.accept(String.format(java.util.Locale.ROOT, "warming up for %.1f s", o.warmupSeconds()));
            LoadRunner.run(q -> {
                raw.apply(q);
                return answer.apply(q);
            }, questions, o.threads(), nanos(o.warmupSeconds()));
        }
        progress.accept("measuring the raw query on " + o.threads() + " thread(s)");
        LoadRunner.Phase rawPhase = LoadRunner.run(raw, questions, o.threads(), nanos(o.durationSeconds()));
        progress.accept("measuring answers on " + o.threads() + " thread(s)");
        LoadRunner.Phase answerPhase = LoadRunner.run(answer, questions, o.threads(), nanos(o.durationSeconds()));

        double heapMb = heapUsedAfterGc() / (1024.0 * 1024.0);
        Reference.reachabilityFence(answerer);
        Reference.reachabilityFence(index);
        Reference.reachabilityFence(corpus);

        Latencies a = answerPhase.latencies();
        Latencies r = rawPhase.latencies();
        return new BenchReport(
                us(a.percentile(50)), us(a.percentile(99)), us(a.max()),
                us(r.percentile(50)), us(r.percentile(99)), us(r.max()),
                answerPhase.throughput(), rawPhase.throughput(),
                heapMb, buildMs, generateMs,
                corpus.articles().size(), o.syntheticArticles(), index.sentenceCount(), corpus.facts().size(),
                questions.size(), o.threads(), a.count(), r.count(), o.seed(),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Heap in use after a full collection (two, so objects with finalizers or soft references settle). */
    static long heapUsedAfterGc() {
        gc();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static void gc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 2; i++) {
            memory.gc();
        }
    }

    private static long nanos(double seconds) {
        return (long) (seconds * 1e9);
    }

    private static long millisSince(long t) {
        return (System.nanoTime() - t) / 1_000_000;
    }

    private static double us(long nanos) {
        return nanos / 1000.0;
    }
}
