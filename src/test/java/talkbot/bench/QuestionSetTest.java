package talkbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionSetTest {
    @TempDir
    Path tmp;

    @Test
    void readsPlainLinesAndJsonLinesSkippingBlanksAndComments() throws IOException {
        Path f = Files.writeString(tmp.resolve("q.txt"), "\uFEFFWho leads China's delegation?\n\n# comment\n"
                + "{\"q\": \"What did Xi say?\", \"all\": [\"ship\"]}\n  Where are the talks?  \n");
        assertThat(QuestionSet.read(f)).containsExactly("Who leads China's delegation?", "What did Xi say?", "Where are the talks?");
    }

    @Test
    void aBadJsonLineNamesFileAndLine() throws IOException {
        Path f = Files.writeString(tmp.resolve("q.jsonl"), "{\"q\": \"ok\"}\n{\"question\": \"no q\"}\n");
        assertThatThrownBy(() -> QuestionSet.read(f)).hasMessageStartingWith(f + ":2: ");
        Path g = Files.writeString(tmp.resolve("g.jsonl"), "{\"q\": \n");
        assertThatThrownBy(() -> QuestionSet.read(g)).hasMessageStartingWith(g + ":1: not a JSON object");
        Path empty = Files.writeString(tmp.resolve("e.txt"), "# nothing\n\n");
        assertThatThrownBy(() -> QuestionSet.read(empty)).hasMessageContaining("no questions");
    }

    @Test
    void theBuiltInSetMixesAnswerableAndUnanswerableQuestions() {
        List<String> q = QuestionSet.builtIn();
        assertThat(q).hasSizeGreaterThan(40).doesNotHaveDuplicates()
                .contains("Who leads China's delegation?", "Who won the Super Bowl?", "who leeds the chinese delegation", "help")
                .noneMatch(s -> s.startsWith("#") || s.isBlank());
    }
}
