package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.cli.MainTest.Run;

/** {@code ask --json}: output line N answers input line N, whatever the input line holds. */
class AskJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Run askJson(String stdin) {
        InputStream in = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            return MainTest.run("ask", "--json");
        } finally {
            System.setIn(in);
        }
    }

    @Test
    void everyInputLineGetsOneOutputLineInOrder() throws Exception {
        Run r = askJson("Who leads China's delegation?\n\n   \nWhere are the talks being held?\n\t\nWhat did Macron say?\n");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(6);
        List<JsonNode> answers = lines.stream().map(AskJsonTest::parse).toList();
        assertThat(answers.get(0).get("question").asText()).isEqualTo("Who leads China's delegation?");
        assertThat(answers.get(0).get("answered").asBoolean()).isTrue();
        assertThat(answers.get(0).get("short").asText()).contains("He Lifeng");
        for (int blank : new int[] {1, 2, 4}) {
            assertThat(answers.get(blank).get("answered").asBoolean()).as("line %d", blank + 1).isFalse();
            assertThat(answers.get(blank).get("short").isNull()).isTrue();
            assertThat(answers.get(blank).get("sources")).isEmpty();
        }
        assertThat(answers.get(3).get("question").asText()).isEqualTo("Where are the talks being held?");
        assertThat(answers.get(3).get("short").asText()).contains("London");
        assertThat(answers.get(5).get("answered").asBoolean()).isFalse();
        assertThat(answers.get(5).get("question").asText()).isEqualTo("What did Macron say?");
    }

    @Test
    void aLastLineWithoutNewlineIsAnsweredAndNoInputGivesNoOutput() {
        assertThat(askJson("\nWhere are the talks being held?").out().lines()).hasSize(2);
        Run empty = askJson("");
        assertThat(empty.exit()).isZero();
        assertThat(empty.out()).isEmpty();
    }

    @Test
    void aQuestionOnTheCommandLineIsAUsageError() {
        Run r = MainTest.run("ask", "--json", "Who?");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.oneErrorLine()).contains("standard input");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
