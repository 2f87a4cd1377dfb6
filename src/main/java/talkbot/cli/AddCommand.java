package talkbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import talkbot.config.Settings;
import talkbot.corpus.CorpusException;
import talkbot.news.Fetcher;
import talkbot.news.NewsDesk;
import talkbot.news.Outcome;
import talkbot.store.PostgresStore;

@Command(name = "add", description = {
        "Add articles to the corpus: .txt or .html files, or http(s) URLs of article pages.",
        "HTML is reduced to the article's text; title, date, source and URL come from the page's metadata.",
        "An article already in the corpus (same URL or near-identical text), not about its topic",
        "(topic.properties in the corpus folder), empty, not HTML or text, too large or unreachable is skipped.",
        "Prints one line per input: the new article's id and title, or why it was skipped.",
        "Exits 0 when every input was added or was already in the corpus, 1 otherwise.",
        "A running bot answers from the new articles within a minute, without a restart; with",
        "TALKBOT_DATABASE_URL set, every replica sharing that database does."})
final class AddCommand implements Callable<Integer> {

    @Mixin
    CorpusOption corpus;

    @Parameters(paramLabel = "FILE|URL", arity = "0..*", description = "A .txt or .html file, or an http(s) URL.")
    List<String> inputs = new ArrayList<>();

    @Override
    public Integer call() {
        if (inputs.isEmpty()) {
            throw new UsageProblem("add: name at least one .txt or .html file or http(s) URL");
        }
        Settings settings = Core.settings(corpus.corpus);
        Path dir = settings.corpus();
        if (!Files.isDirectory(dir)) {
            throw new CorpusException("corpus directory not found: " + dir);
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        boolean ok = true;
        // replicas sharing PostgreSQL: the article is kept there too, and every replica's corpus gets it
        Optional<PostgresStore> shared = StoreChoice.database(settings.deployment()).map(PostgresStore::open);
        try (NewsDesk desk = new NewsDesk(dir, Clock.systemUTC(), Fetcher.Limits.defaults(),
                shared.flatMap(PostgresStore::articles).orElse(null))) {
            desk.checkTopic();
            for (String input : inputs) {
                Outcome o = desk.add(input);
                out.println(o.line(input));
                ok &= o.ok();
            }
        } finally {
            shared.ifPresent(PostgresStore::close);
        }
        return ok ? 0 : 1;
    }
}
