package talkbot.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import talkbot.bench.BenchReport;
import talkbot.bench.Benchmark;
import talkbot.bench.QuestionSet;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;

@Command(name = "bench", description = {
        "Measure the answering core's latency, throughput and heap.",
        "Each answer is set against one raw BM25 query of the same question over the same index (p50/p99).",
        "Progress goes to standard error."})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "Questions, one a line: plain text or JSON with \"q\" (default: a built-in mix).")
    Path questions;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Threads asking at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--synthetic-articles", paramLabel = "N", defaultValue = "0",
            description = "Generated articles to add to the corpus first (default: ${DEFAULT-VALUE}).")
    int syntheticArticles;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42", description = "Seed of the article generator (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup", paramLabel = "SECONDS", defaultValue = "5", description = "Warm-up time (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "10",
            description = "Time each measured phase runs (default: ${DEFAULT-VALUE}).")
    double duration;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where to keep the on-disk index it measures (its index folder; default: a temporary folder, removed after).")
    Path dataDir;

    @Option(names = "--json", description = "Print the figures as one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        Benchmark.Options options;
        try {
            options = new Benchmark.Options(threads, warmup, duration, syntheticArticles, seed);
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
        List<String> asked = questions();
        Corpus base = CorpusLoader.load(Core.settings(corpus.corpus).corpus());
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        BenchReport report;
        if (dataDir != null) {
            report = Benchmark.run(base, asked, options, dataDir, line -> err.println("bench: " + line));
        } else {
            Path temp = temporaryFolder();
            try {
                report = Benchmark.run(base, asked, options, temp, line -> err.println("bench: " + line));
            } finally {
                delete(temp);
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        out.print(json ? report.toJson() + System.lineSeparator() : report.toText());
        out.flush();
        return 0;
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("talkbot-bench");
        } catch (IOException e) {
            throw new UsageProblem("cannot make a temporary folder: " + e.getMessage());
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the system clears it in the end
        }
    }

    private List<String> questions() {
        if (questions == null) {
            return QuestionSet.builtIn();
        }
        try {
            return QuestionSet.read(questions);
        } catch (IOException e) {
            throw new UsageProblem("cannot read " + questions + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UsageProblem(e.getMessage());
        }
    }
}
