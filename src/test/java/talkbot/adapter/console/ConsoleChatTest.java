package talkbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Cores;
import talkbot.answer.QuestionAnswerer;
import talkbot.chat.ChatService;
import talkbot.corpus.CorpusLoader;
import talkbot.store.SqliteStore;
import talkbot.summary.CorpusSummarizer;

class ConsoleChatTest {
    @Test
    void answersQuestionsAndCommandsUntilQuit(@TempDir Path data) throws Exception {
        QuestionAnswerer core = Cores.project();
        var corpus = CorpusLoader.load(Path.of("corpus"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SqliteStore store = SqliteStore.open(data)) {
            ChatService chat = new ChatService(core, new CorpusSummarizer(corpus), corpus.infos(), store);
            String input = "Who leads China's delegation?\n\n/sources\n/help\n/nonsense\nWhat did Putin say?\n/quit\nnot read\n";
            new ConsoleChat(chat, new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8))
                    .run(false);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("He Lifeng — He Lifeng leads the China delegation.")
                .contains("    “Representing China will be Vice Premier He Lifeng")
                .contains("— US and China resume high-level trade talks in London (2025-06-09)")
                .contains("I know 1 article:")
                .contains("/ask QUESTION — answer a question about the talks")
                .contains("I don't know that command")
                .contains("My articles don't mention Putin")
                .endsWith("Bye.\n")
                .doesNotContain("not read");
    }
}
