package talkbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import talkbot.config.Settings;
import talkbot.store.Feedback;
import talkbot.store.Store;

/** The votes on answers, for whoever maintains the corpus: the down-voted ones first. */
@Command(name = "feedback", description = {
        "List the votes on answers (👍 / 👎 in Telegram and Slack), the down-voted ones first, newest first.",
        "Each shows the question, the answer, its intent and confidence, the platform and when.",
        "Votes older than TALKBOT_FEEDBACK_DAYS are forgotten first. With TALKBOT_DATABASE_URL set, every",
        "replica's votes are listed."})
final class FeedbackCommand implements Callable<Integer> {
    /** Made on first use: picocli builds every command at start, and a mapper costs a tenth of {@code ask}'s start. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    @Mixin
    CorpusOption corpus;

    @Option(names = "--json", description = "One JSON object a line: vote, question, short, answer, intent, confidence, platform, at.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Settings settings = Core.settings(corpus.corpus);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Store store = StoreChoice.open(settings)) {
            store.feedback().forget(Instant.now().minus(Duration.ofDays(settings.feedbackDays())));
            List<Feedback.Vote> votes = store.feedback().votes();
            if (json) {
                for (Feedback.Vote v : votes) {
                    out.println(Json.MAPPER.writeValueAsString(json(v)));
                }
            } else {
                text(votes, settings.feedbackDays(), out);
            }
        }
        out.flush();
        return 0;
    }

    static ObjectNode json(Feedback.Vote v) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("vote", v.up() ? "up" : "down");
        o.put("question", v.question());
        if (v.shortAnswer() == null) {
            o.putNull("short");
        } else {
            o.put("short", v.shortAnswer());
        }
        o.put("answer", v.reply());
        o.put("intent", v.intent());
        o.put("confidence", v.confidence());
        o.put("platform", v.platform());
        o.put("at", v.at().toString());
        return o;
    }

    static void text(List<Feedback.Vote> votes, int keptDays, PrintStream out) {
        long down = votes.stream().filter(v -> !v.up()).count();
        for (Feedback.Vote v : votes) {
            out.printf(Locale.ROOT, "%s %s  %s  %s  confidence %.2f%n", v.up() ? "👍" : "👎", WHEN.format(v.at()),
                    v.platform(), v.intent(), v.confidence());
            out.println("   Q: " + v.question());
            out.println("   A: " + (v.shortAnswer() == null ? "" : v.shortAnswer() + " — ") + v.reply());
        }
        out.println(votes.isEmpty() ? "No votes yet (votes are kept " + keptDays + " days)."
                : votes.size() + (votes.size() == 1 ? " vote: " : " votes: ") + down + " down, " + (votes.size() - down)
                        + " up (kept " + keptDays + " days).");
    }
}
