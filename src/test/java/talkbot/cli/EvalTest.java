package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.answer.Answerer;
import talkbot.answer.Cores;

/**
 * The development question set (a copy of shared/eval/questions.jsonl), answered by the core and
 * scored by the same rules as shared/eval/score.py, through the same JSON the CLI prints.
 */
class EvalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void developmentSetScoresFull() throws Exception {
        List<EvalScorer.Item> items = EvalScorer.load(Path.of("src/test/resources/eval/questions.jsonl"));
        assertThat(items).hasSize(26);
        Answerer core = Cores.project();
        List<JsonNode> answers = new ArrayList<>();
        for (EvalScorer.Item item : items) {
            answers.add(JSON.readTree(AnswerJson.line(core.answer(item.question()))));
        }
        EvalScorer.Result result = EvalScorer.score(items, answers);
        assertThat(result.misses()).isEmpty();
        assertThat(result.right()).isEqualTo(26);
    }

    @Test
    void jsonLinesHaveTheDocumentedShape() throws Exception {
        JsonNode a = JSON.readTree(AnswerJson.line(Cores.project().answer("Who leads China's delegation?")));
        assertThat(a.fieldNames()).toIterable()
                .containsExactly("question", "answered", "intent", "short", "answer", "confidence", "sources");
        assertThat(a.get("answered").asBoolean()).isTrue();
        assertThat(a.get("intent").asText()).isEqualTo("who");
        assertThat(a.get("short").asText()).isEqualTo("He Lifeng");
        assertThat(a.get("confidence").asDouble()).isBetween(0.5, 1.0);
        assertThat(a.get("sources").get(0).get("article").asText()).isEqualTo("us-china-london-talks");
        assertThat(a.get("sources").get(0).get("sentence").asText()).startsWith("Representing China will be");

        JsonNode refused = JSON.readTree(AnswerJson.line(Cores.project().answer("Who won the Super Bowl?")));
        assertThat(refused.get("answered").asBoolean()).isFalse();
        assertThat(refused.get("short").isNull()).isTrue();
        assertThat(refused.get("sources")).isEmpty();
        assertThat(refused.get("answer").asText()).contains("don't");
    }
}
