package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import talkbot.corpus.CorpusLoader;

/** The command line through {@link Main#execute}: errors are one line on standard error and an exit code, never a stack trace. */
class MainTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    record Run(int exit, String out, String err) {
        List<String> errLines() {
            return Arrays.stream(err.split("\\R")).filter(l -> !l.isBlank()).toList();
        }

        /** One line on standard error, starting "talkbot: ", and no trace of an exception. */
        String oneErrorLine() {
            assertThat(errLines()).as("standard error: %s", err).hasSize(1);
            assertThat(err).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain("Caused by");
            assertThat(err).startsWith("talkbot: ");
            return errLines().get(0);
        }
    }

    static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.execute(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aMissingCorpusDirectoryIsOneLineAndExit1() {
        Path missing = tmp.resolve("no-such-corpus");
        Run r = run("ask", "--corpus", missing.toString(), "Who leads China's delegation?");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.oneErrorLine()).isEqualTo("talkbot: corpus directory not found: " + missing);
        assertThat(r.out()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"kind\":\"place\",\"subject\":\"The talks\",\"value\":\"London\",\"sentence\":1",
        "not json at all",
        "[1, 2, 3]",
        "{\"kind\":\"place\",\"subject\":\"The talks\",\"value\":\"London\",\"sentence\":1,\"colour\":\"red\"}",
        "{\"kind\":\"weather\",\"subject\":\"The talks\",\"value\":\"London\",\"sentence\":1}",
        "{\"subject\":\"The talks\",\"value\":\"London\",\"sentence\":1}",
        "{\"kind\":\"place\",\"subject\":\"The talks\",\"value\":\"Paris\",\"sentence\":1}",
        "{\"kind\":\"place\",\"subject\":\"The talks\",\"value\":\"London\",\"sentence\":99}",
        "{\"kind\":\"place\",\"subject\":\"The talks\",\"value\":\"London\",\"sentence\":\"one\"}"})
    void aMalformedFactsLineIsOneLineNamingFileAndLine(String badLine) throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("talks.txt"), "The talks are held in London on Monday. Officials from both sides attend.\n");
        Path facts = corpus.resolve("talks.facts.jsonl");
        Files.writeString(facts, "# facts\n{\"kind\":\"time\",\"subject\":\"The talks\",\"value\":\"Monday\",\"sentence\":1}\n"
                + badLine + "\n");
        for (String command : List.of("ask", "health")) {
            Run r = command.equals("ask")
                    ? run("ask", "--corpus", corpus.toString(), "Where are the talks?")
                    : run("health", "--corpus", corpus.toString());
            assertThat(r.exit()).as(command).isEqualTo(1);
            assertThat(r.oneErrorLine()).startsWith("talkbot: " + facts + ":3: ");
        }
    }

    @Test
    void theFactsOfAValidCorpusLoad() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("talks.txt"), "The talks are held in London on Monday. Officials from both sides attend.\n");
        Files.writeString(corpus.resolve("talks.facts.jsonl"),
                "{\"kind\":\"time\",\"subject\":\"The talks\",\"value\":\"Monday\",\"sentence\":1}\n");
        Run r = run("ask", "--corpus", corpus.toString(), "When are the talks?");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Monday");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void anEmptyQuestionIsAUsageError(String question) {
        Run r = run("ask", question);
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.oneErrorLine()).startsWith("talkbot: the question is empty");
    }

    @Test
    void noQuestionAtAllIsAUsageError() {
        Run r = run("ask");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.oneErrorLine()).startsWith("talkbot: the question is empty");
    }

    @Test
    void anUnknownOptionFailsWithoutAStackTrace() {
        Run r = run("ask", "--frobnicate", "Who?");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--frobnicate").doesNotContain("\tat ");
    }

    @Test
    void benchRejectsBadOptionsInOneLine() throws IOException {
        assertThat(run("bench", "--threads", "0").oneErrorLine()).isEqualTo("talkbot: --threads must be at least 1");
        assertThat(run("bench", "--synthetic-articles", "-1").exit()).isEqualTo(2);
        Path missing = tmp.resolve("missing.txt");
        Run r = run("bench", "--questions", missing.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.oneErrorLine()).startsWith("talkbot: cannot read " + missing);
        Path bad = tmp.resolve("bad.jsonl");
        Files.writeString(bad, "{\"q\": \"Who leads China's delegation?\"}\n{\"q\": 3}\n");
        assertThat(run("bench", "--questions", bad.toString()).oneErrorLine()).startsWith("talkbot: " + bad + ":2: ");
    }

    @Test
    void benchPrintsOneJsonObjectWithTheFigures() throws IOException {
        Path questions = tmp.resolve("q.jsonl");
        Files.writeString(questions, "{\"q\": \"Who leads China's delegation?\"}\nWhat did Xi say?\n\n# a comment\nWho won the Super Bowl?\n");
        Path data = tmp.resolve("bench-data");
        Run r = run("bench", "--json", "--warmup", "0", "--duration", "0.05", "--synthetic-articles", "20", "--seed", "3",
                "--questions", questions.toString(), "--data-dir", data.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip().lines()).hasSize(1);
        JsonNode o = JSON.readTree(r.out());
        for (String key : List.of("answer_p50_us", "answer_p99_us", "raw_p50_us", "raw_p99_us", "ratio_p50", "qps",
                "heap_mb", "build_ms", "start_ms", "add_ms", "articles")) {
            assertThat(o.has(key)).as(key).isTrue();
            assertThat(o.get(key).isNumber()).as(key).isTrue();
            assertThat(o.get(key).asDouble()).as(key).isGreaterThanOrEqualTo(0);
        }
        int corpusArticles = CorpusLoader.load(Path.of("corpus")).articles().size();
        assertThat(o.get("articles").asInt()).isEqualTo(corpusArticles + 20);
        assertThat(o.get("questions").asInt()).isEqualTo(3);
        assertThat(o.get("answer_samples").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(o.get("answer_p99_us").asDouble()).isGreaterThanOrEqualTo(o.get("answer_p50_us").asDouble());
        assertThat(o.get("heap_mb").asDouble()).isPositive();
        assertThat(o.get("add_found").asBoolean()).as("the added article is found").isTrue();
        assertThat(data.resolve("index")).as("the index it measured is kept in --data-dir").isDirectoryContaining(p ->
                p.getFileName().toString().startsWith("segments_"));
        assertThat(o.get("ratio_p50").asDouble())
                .isCloseTo(o.get("answer_p50_us").asDouble() / o.get("raw_p50_us").asDouble(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void benchPrintsATableForAPerson() {
        Run r = run("bench", "--warmup", "0", "--duration", "0.02");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("p50", "p99", "answer", "raw BM25 query", "answer ÷ raw", "heap used after GC");
        assertThat(r.err()).contains("bench: measuring answers");
    }

    @Test
    void healthIsOneLineAndExit0WhenTheBotCanRun() {
        Run r = run("health");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().strip()).startsWith("ok: the corpus (1 article, ").doesNotContain("\n")
                .endsWith("the data directory " + Path.of("data").toAbsolutePath() + " is writable and the store is sound");
    }

    @Test
    void healthFailsInOneLineWithoutACorpus() {
        Run r = run("health", "--corpus", tmp.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(1);
        r.oneErrorLine();
    }

    @Test
    void healthFailsWhenTheDataDirectoryIsAFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("data"), "not a directory");
        assertThat(HealthCommand.dataDirProblem(file)).contains("is not a directory");
        assertThat(HealthCommand.dataDirProblem(tmp)).isNull();
        assertThat(HealthCommand.dataDirProblem(tmp.resolve("new/deeper"))).isNull(); // can be created
        assertThat(HealthCommand.dataDirProblem(file.resolve("below"))).contains("cannot be created");
    }
}
