package talkbot.adapter.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Cores;
import talkbot.chat.ChatService;
import talkbot.chat.Conversation;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.store.SqliteStore;
import talkbot.summary.CorpusSummarizer;

class ConsoleChatTest {
    @TempDir
    Path data;

    private SqliteStore store;
    private Conversation chat;

    @BeforeEach
    void open() {
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        store = SqliteStore.open(data);
        chat = new Conversation(new ChatService(Cores.project(), new CorpusSummarizer(corpus), corpus.infos(), store),
                store.feedback(), Conversation.Options.defaults());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String session(String input) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ConsoleChat(chat, new BufferedReader(new StringReader(input)), new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** What the console prints for one line, the greeting and farewell left out. */
    private String reply(String line) throws Exception {
        String out = session(line + "\n");
        String greeting = session("");
        return out.substring(greeting.length() - "Bye.\n".length(), out.length() - "Bye.\n".length());
    }

    @Test
    void answersQuestionsAndCommandsUntilQuit() throws Exception {
        String out = session("Who leads China's delegation?\n\n/sources\n/help\n/nonsense\nWhat did Putin say?\n/quit\nnot read\n");
        assertThat(out).contains("He Lifeng\n    “Representing China will be Vice Premier He Lifeng")
                .contains("    — US and China resume high-level trade talks in London, 9 June 2025")
                .contains("I know 1 article:")
                .contains("/summary — the key points, with their sources")
                .contains("I don't know that command")
                .contains("My articles don't mention Putin")
                .endsWith("Bye.\n")
                .doesNotContain("not read");
    }

    @Test
    void helpListsExactlyWhatTheConsoleHas() throws Exception {
        String help = reply("/help");
        assertThat(help.lines().filter(l -> l.startsWith("/")).map(l -> l.split(" ")[0]))
                .containsExactly("/help", "/summary", "/sources", "/latest", "/quit");
        assertThat(help).doesNotContain("/subscribe", "/unsubscribe", "/ask", "/start");
    }

    @Test
    void aCommandWordAloneGivesWhatItsSlashCommandGives() throws Exception {
        assertThat(reply("help")).isEqualTo(reply("/help"));
        assertThat(reply("Summary")).isEqualTo(reply("/summary"));
        assertThat(reply("summary?")).isEqualTo(reply("/summary"));
        assertThat(reply("sources")).isEqualTo(reply("/sources"));
        assertThat(reply("/summary")).contains("key points").doesNotContain("I don't know");
        assertThat(session("quit\nnot read\n")).doesNotContain("not read").endsWith("Bye.\n");
        assertThat(session("exit\nnot read\n")).doesNotContain("not read");
    }

    @Test
    void aSentenceWithACommandWordIsAQuestion() {
        assertThat(ConsoleChat.commandWord("help")).isEqualTo("help");
        assertThat(ConsoleChat.commandWord("/Sources please")).isEqualTo("sources");
        assertThat(ConsoleChat.commandWord("summary of the talks")).isNull();
        assertThat(ConsoleChat.commandWord("Who can help?")).isNull();
    }

    @Test
    void subscribingIsExplainedNotOffered() throws Exception {
        assertThat(reply("/subscribe")).contains("not to the console");
        assertThat(reply("/unsubscribe")).contains("not to the console");
        assertThat(store.subscriptions()).as("nothing is stored").isEmpty();
    }

    @Test
    void onATerminalTheUpArrowRecallsTheLastQuestionInsteadOfTypingEscapes() throws Exception {
        String keys = "Who leads China's delegation?\r" + "\u001bOA\r" + "Wo\u001bODh\u001bOC leads?\r";
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = TerminalBuilder.builder().system(false).type("xterm").encoding(StandardCharsets.UTF_8)
                .streams(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), screen).build();
        try (LineInput in = new EditedLines(terminal)) {
            assertThat(in.readLine("> ")).isEqualTo("Who leads China's delegation?");
            assertThat(in.readLine("> ")).isEqualTo("Who leads China's delegation?");
            assertThat(in.readLine("> ")).isEqualTo("Who leads?");
            assertThat(in.readLine("> ")).as("end of input").isNull();
        }
    }

    @Test
    void whenNoTerminalCanBeUsedLinesArePlain() {
        assertThat(Terminals.open(false, System.out)).isInstanceOf(PlainLines.class);
    }
}
