package talkbot.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import talkbot.answer.QuestionAnswerer;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.index.CorpusIndex;
import talkbot.index.IndexStore;
import talkbot.summary.CorpusSummarizer;

/**
 * Measures the answering core as {@code run} has it: optionally grows the corpus with synthetic
 * articles, builds the on-disk index (timed), closes it and opens it again with the answerer
 * (timed: the start), warms up, then times one raw BM25 query of each question
 * ({@link CorpusIndex#rawSearch}: the floor every answer pays) and the whole answer
 * ({@link QuestionAnswerer#answer}) over the same index, the heap in use after a full GC, and
 * one article added until a search finds it.
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

    /**
     * Runs the benchmark over an on-disk index in {@code dataDir} (its {@code index} folder,
     * built there first from the corpus, or brought in step with it when one is there already).
     */
    public static BenchReport run(Corpus base, List<String> questions, Options o, Path dataDir, Consumer<String> progress) {
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
        Path indexDir = dataDir.resolve("index");
        gc();
        progress.accept("indexing " + corpus.articles().size() + " articles in " + indexDir);
        long t = System.nanoTime();
        try (IndexStore store = IndexStore.open(indexDir)) {
            store.sync(corpus);
        }
        long buildMs = millisSince(t);

        gc();
        progress.accept("opening the index again");
        t = System.nanoTime();
        Steps steps = new Steps();
        IndexStore store = IndexStore.open(indexDir);
        steps.done("open and check the index");
        try {
            IndexStore.Sync reopened = store.sync(corpus);
            steps.done("sync (" + reopened + ")");
            CorpusIndex index = store.view(corpus);
            steps.done("view");
            CorpusSummarizer summarizer = new CorpusSummarizer(corpus);
            steps.done("summary");
            QuestionAnswerer answerer = new QuestionAnswerer(index, summarizer);
            steps.done("answerer");
            long startMs = millisSince(t);
            progress.accept("started in " + startMs + " ms: " + steps);
            if (reopened.changed()) {
                throw new IllegalStateException("the index was not reopened as it was built: " + reopened);
            }

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

            progress.accept("adding one article");
            Added added = addOne(store, corpus, o.seed(), progress);
            index.close();

            Latencies a = answerPhase.latencies();
            Latencies r = rawPhase.latencies();
            return new BenchReport(
                    us(a.percentile(50)), us(a.percentile(99)), us(a.max()),
                    us(r.percentile(50)), us(r.percentile(99)), us(r.max()),
                    answerPhase.throughput(), rawPhase.throughput(),
                    heapMb, buildMs, startMs, added.millis(), added.found(), generateMs,
                    corpus.articles().size(), o.syntheticArticles(), index.sentenceCount(), corpus.facts().size(),
                    questions.size(), o.threads(), a.count(), r.count(), o.seed(),
                    Runtime.getRuntime().availableProcessors(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            store.close();
        }
    }

    /** How long one new article took from being added to the corpus until a search found it. */
    private record Added(long millis, boolean found) {}

    /** The time each step took, for the progress lines. */
    private static final class Steps {
        private final StringBuilder done = new StringBuilder();
        private long since = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            done.append(done.length() == 0 ? "" : ", ").append(step).append(' ').append((now - since) / 1_000_000).append(" ms");
            since = now;
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    private static Added addOne(IndexStore store, Corpus corpus, long seed, Consumer<String> progress) {
        Article article = SyntheticArticles.one("synthetic-added", seed);
        String question = article.sentences().stream().filter(s -> !s.heading()).findFirst().orElseThrow().text();
        long t = System.nanoTime();
        Steps steps = new Steps();
        Corpus more = corpus.withArticles(List.of(article));
        steps.done("corpus");
        store.sync(more);
        steps.done("sync");
        try (CorpusIndex index = store.view(more)) {
            steps.done("view");
            CorpusSummarizer summarizer = new CorpusSummarizer(more);
            steps.done("summary");
            QuestionAnswerer answerer = new QuestionAnswerer(index, summarizer);
            steps.done("answerer");
            boolean found = index.searchSentences(index.analysis().queryTerms(question), RAW_HITS).stream()
                    .anyMatch(h -> index.sentence(h.ord()).articleId().equals(article.id()));
            answerer.answer(question);
            steps.done("search and answer");
            progress.accept("added in " + millisSince(t) + " ms: " + steps);
            return new Added(millisSince(t), found);
        }
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
