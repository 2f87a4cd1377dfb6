package talkbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkbot.answer.Answer;
import talkbot.config.Settings;
import talkbot.store.StoreCheck;

/**
 * The container's health check: exits 0 when the settings are valid, the corpus loads, the
 * answering core answers a request end to end, the data directory can be written, and the store in
 * it is sound: not corrupt, not read-only, not locked by another process for more than 2 s, and its
 * disk has at least TALKBOT_MIN_FREE_MB free. It starts
 * its own JVM, so it proves the bot can start and answer, not that the running process is
 * responsive: that process exits (and the container with it) when it fails.
 */
@Command(name = "health", description = {
        "Check that the bot can run: settings, corpus, answers, data directory and store.",
        "The store must not be corrupt, read-only or locked, nor its disk full.",
        "Prints one line; exits 0 when healthy, 1 otherwise."})
final class HealthCommand implements Callable<Integer> {
    /** Any corpus with one sentence of prose answers this. */
    static final String CANARY = "summary";
    /** How long the store may be locked by another process before that counts as a fault. */
    static final Duration STORE_LOCK_WAIT = Duration.ofSeconds(2);

    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() {
        Settings settings = Core.settings(corpus.corpus);
        Core core = Core.load(settings);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Answer a = core.answerer().answer(CANARY);
        if (!a.answered()) {
            err.println("talkbot: unhealthy: the core did not answer a summary request");
            return 1;
        }
        String data = dataDirProblem(settings.dataDir());
        if (data == null) {
            data = StoreCheck.problem(settings.dataDir(), STORE_LOCK_WAIT, settings.minFreeMb() * 1024 * 1024).orElse(null);
        }
        if (data != null) {
            err.println("talkbot: unhealthy: " + data);
            return 1;
        }
        int articles = core.corpus().articles().size();
        out.println("ok: the corpus (" + articles + (articles == 1 ? " article, " : " articles, ")
                + core.answerer().index().sentenceCount() + " sentences, " + core.corpus().facts().size()
                + " facts) loads and answers; the data directory " + settings.dataDir().toAbsolutePath().normalize()
                + " is writable and the store is sound");
        return 0;
    }

    /** Why the data directory cannot be used, or null: it must be a writable directory, or creatable. */
    static String dataDirProblem(Path dir) {
        if (Files.isDirectory(dir)) {
            return Files.isWritable(dir) ? null : "data directory " + dir + " is not writable";
        }
        if (Files.exists(dir)) {
            return "data directory " + dir + " is not a directory";
        }
        Path parent = dir.toAbsolutePath().getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        return parent != null && Files.isDirectory(parent) && Files.isWritable(parent)
                ? null : "data directory " + dir + " does not exist and cannot be created";
    }
}
