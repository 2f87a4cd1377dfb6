package talkbot.adapter.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import talkbot.chat.ChatRef;
import talkbot.chat.ChatService;
import talkbot.chat.Command;
import talkbot.chat.CommandStyle;
import talkbot.chat.Reply;
import talkbot.chat.Section;

/**
 * The console chat: the embedded default platform. Every line is a question, except the console's
 * commands — /help, /summary, /sources, /latest and /quit, also typed without the slash as a line of
 * their own ("help") — and ends at /quit or the end of input. On a terminal, lines are edited with JLine
 * and this session's questions come back with the Up arrow; piped lines are read as they come.
 */
public final class ConsoleChat implements AutoCloseable {
    static final CommandStyle STYLE = c -> "/" + c.word() + (c == Command.ASK ? " QUESTION" : "");
    /** The chat commands the console lists in /help; /quit is its own. */
    static final List<Command> COMMANDS = List.of(Command.HELP, Command.SUMMARY, Command.SOURCES, Command.LATEST);
    private static final Set<String> QUIT = Set.of("quit", "exit");
    private static final ChatRef CHAT = new ChatRef("console", "local");

    private final ChatService chat;
    private final LineInput in;
    private final PrintStream out;

    /** A console reading plain lines from {@code in}, with no prompt. */
    public ConsoleChat(ChatService chat, BufferedReader in, PrintStream out) {
        this(chat, new PlainLines(in, null), out);
    }

    ConsoleChat(ChatService chat, LineInput in, PrintStream out) {
        this.chat = chat;
        this.in = in;
        this.out = out;
    }

    /**
     * The console on standard input and output: line editing, history and a prompt when
     * {@code interactive} (standard input and output are a terminal), plain lines when piped.
     */
    public static ConsoleChat open(ChatService chat, boolean interactive) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        return new ConsoleChat(chat, Terminals.open(interactive, out), out);
    }

    /** Runs until /quit or the end of input. */
    public void run() throws IOException {
        out.print(ConsoleText.render(chat.start(STYLE)));
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
        String word = commandWord(line);
        if (word == null) {
            return chat.ask(CHAT, line, STYLE);
        }
        if (isQuit(word)) {
            return Reply.text("Bye.");
        }
        String[] parts = line.split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1] : "";
        return Command.byWord(word)
                .map(c -> switch (c) {
                    case HELP -> help();
                    case SUMMARY -> chat.summary(CHAT);
                    case SOURCES -> chat.sources();
                    case LATEST -> chat.latest();
                    // not listed, as every line is a question and the greeting came first, but understood
                    case ASK -> chat.ask(CHAT, arg, STYLE);
                    case START -> chat.start(STYLE);
                    case SUBSCRIBE, UNSUBSCRIBE ->
                            Reply.text("Daily summaries are posted to Telegram and Slack chats, not to the console.");
                })
                .orElseGet(() -> Reply.text("I don't know that command. Type /help for the list."));
    }

    /** The console's commands, exactly: what chat platforms share, less what the console lacks, plus /quit. */
    Reply help() {
        List<Section> sections = new ArrayList<>(chat.help(STYLE, COMMANDS).sections());
        sections.add(Section.titled("/quit", "leave the chat (so does Ctrl-D)"));
        sections.add(Section.text("Any other line is a question."));
        return new Reply(sections);
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
