package talkbot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions a benchmark asks. A file holds one question a line, either as plain text or as
 * a JSON object with a {@code "q"} field (the format of the evaluation sets); blank lines and
 * lines starting with {@code #} are skipped. The built-in set mixes answerable and unanswerable
 * questions, greetings, help and summary requests, typos and lower case.
 */
public final class QuestionSet {
    static final String BUILT_IN = "/talkbot/bench-questions.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionSet() {}

    public static List<String> builtIn() {
        try (InputStream in = QuestionSet.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from the jar");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The questions of {@code file}; throws {@link IllegalArgumentException} naming file:line for a bad line. */
    public static List<String> read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(r, file.toString());
        }
    }

    static List<String> parse(BufferedReader r, String name) throws IOException {
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String line = r.readLine(); line != null; line = r.readLine()) {
            n++;
            String s = line.strip();
            if (n == 1 && s.startsWith("\uFEFF")) {
                s = s.substring(1).strip();
            }
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            out.add(s.startsWith("{") ? question(s, name + ":" + n) : s);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(name + ": no questions");
        }
        return List.copyOf(out);
    }

    private static String question(String line, String where) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not a JSON object: " + e.getOriginalMessage());
        }
        JsonNode q = node == null ? null : node.get("q");
        if (q == null || !q.isTextual() || q.asText().isBlank()) {
            throw new IllegalArgumentException(where + ": expected a JSON object with a non-empty \"q\"");
        }
        return q.asText().strip();
    }
}
