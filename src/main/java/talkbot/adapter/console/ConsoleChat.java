package talkbot.adapter.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import talkbot.chat.Command;
import talkbot.chat.CommandStyle;
import talkbot.chat.Conversation;
import talkbot.chat.Input;
import talkbot.chat.Outcome;
import talkbot.chat.Reply;
import talkbot.chat.Request;
import talkbot.chat.Surface;
import talkbot.chat.Where;
import talkbot.model.ChatRef;

/**
 * The console chat: the embedded default platform. Every line is a question, except the console's
 * commands — /help, /summary, /sources, /latest and /quit, also typed without the slash as a line of
 * their own ("help") — and ends at /quit or the end of input. The session is one conversation: a
 * follow-up ("what did she say?") is read with the last answer, and when the bot asks back it
 * numbers the choices, and a line with the number picks one. On a terminal, lines are edited with
 * JLine and this session's questions come back with the Up arrow; piped lines are read as they come.
 */
public final class ConsoleChat implements AutoCloseable {
    static final CommandStyle STYLE = c -> "/" + c.word() + (c == Command.ASK ? " QUESTION" : "");
    /** The chat commands the console lists in /help; /quit is its own. */
    static final List<Command> COMMANDS = List.of(Command.HELP, Command.SUMMARY, Command.SOURCES, Command.LATEST);
    static final Surface SURFACE = new Surface(STYLE, COMMANDS,
            List.of(new Surface.Usage("/quit", "leave the chat (so does Ctrl-D); any other line is a question")),
            chat -> Optional.of("Daily summaries are posted to Telegram and Slack chats, not to the console."));
    private static final Set<String> QUIT = Set.of("quit", "exit");
    private static final Where SESSION = Where.chat(new ChatRef("console", "local"), null);

    private final Conversation conversation;
    private final LineInput in;
    private final PrintStream out;

    /** A console reading plain lines from {@code in}, with no prompt. */
    public ConsoleChat(Conversation conversation, BufferedReader in, PrintStream out) {
        this(conversation, new PlainLines(in, null), out);
    }

    ConsoleChat(Conversation conversation, LineInput in, PrintStream out) {
        this.conversation = conversation;
        this.in = in;
        this.out = out;
    }

    /**
     * The console on standard input and output: line editing, history and a prompt when
     * {@code interactive} (standard input and output are a terminal), plain lines when piped.
     */
    public static ConsoleChat open(Conversation conversation, boolean interactive) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        return new ConsoleChat(conversation, Terminals.open(interactive, out), out);
    }

    /** Runs until /quit or the end of input. */
    public void run() throws IOException {
        out.print(ConsoleText.render(conversation.service().start(SURFACE)));
        out.println("Type /quit to leave.");
        while (true) {
            String line = in.readLine("> ");
            if (line == null) {
                break;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (isQuit(commandWord(line))) {
                break;
            }
            out.print(ConsoleText.render(handle(line)));
            out.flush();
        }
        out.println("Bye.");
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    Reply handle(String line) {
        Outcome outcome = conversation.handle(new Request(SESSION, input(line), SURFACE));
        return outcome.replyToPost().orElseGet(() -> Reply.text(outcome.note().orElse("…")));
    }

    /** What a line asks for: a question, or one of the commands. */
    static Input input(String line) {
        String word = commandWord(line);
        if (word == null) {
            return new Input.Ask(line);
        }
        String[] parts = line.split("\\s+", 2);
        String arg = parts.length > 1 && line.startsWith("/") ? parts[1] : "";
        return Command.byWord(word)
                .<Input>map(c -> new Input.Run(c, arg))
                .orElseGet(() -> new Input.Unknown(word));
    }

    private static boolean isQuit(String word) {
        return word != null && QUIT.contains(word);
    }

    /**
     * The command a line names, lower case, or null for a question: "/word …", or a line that is
     * only a console command's word ("help", "Summary?").
     */
    static String commandWord(String line) {
        if (line.startsWith("/")) {
            return line.substring(1).split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        }
        String word = line.replaceAll("[?!.]+$", "").strip().toLowerCase(Locale.ROOT);
        boolean consoleWord = isQuit(word)
                || COMMANDS.stream().anyMatch(c -> c.word().equals(word));
        return consoleWord ? word : null;
    }
}
