package talkbot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of shared/eval/score.py in Java: "all" entries (with | alternatives) must be in the
 * whole reply of at most 400 characters, and in the direct answer of at most 100 for "short"
 * questions; "refuse" questions must not be answered.
 */
final class EvalScorer {
    record Item(String question, List<String> all, boolean shortToo, boolean refuse) {}

    record Result(int right, int total, List<String> misses) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    private EvalScorer() {}

    static List<Item> load(Path file) throws IOException {
        List<Item> items = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            List<String> all = new ArrayList<>();
            if (n.has("all")) {
                n.get("all").forEach(a -> all.add(a.asText()));
            }
            items.add(new Item(n.get("q").asText(), all, n.path("short").asBoolean(false), n.path("refuse").asBoolean(false)));
        }
        return items;
    }

    /** Scores answers given as the JSON lines that {@code ask --json} prints. */
    static Result score(List<Item> items, List<JsonNode> answers) {
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item q = items.get(i);
            JsonNode a = answers.get(i);
            boolean answered = a.path("answered").asBoolean(false);
            String reply = norm(a.path("answer").asText(""));
            String shortAnswer = a.path("short").isNull() ? "" : norm(a.path("short").asText(""));
            boolean good;
            if (q.refuse()) {
                good = !answered;
            } else {
                good = answered && reply.length() <= 400 && holdsAll(q, reply);
                if (q.shortToo()) {
                    good = good && shortAnswer.length() <= 100 && holdsAll(q, shortAnswer);
                }
            }
            if (good) {
                right++;
            } else {
                misses.add(q.question() + " -> " + a);
            }
        }
        return new Result(right, items.size(), misses);
    }

    private static boolean holdsAll(Item q, String text) {
        for (String entry : q.all()) {
            boolean any = false;
            for (String alt : entry.split("\\|")) {
                any |= text.contains(norm(alt));
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
