package talkbot.adapter.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import talkbot.chat.ChatRef;
import talkbot.chat.ChatService;
import talkbot.chat.Command;
import talkbot.chat.CommandStyle;
import talkbot.chat.Reply;

/**
 * The console chat: the embedded default platform. Every line is a question; lines starting with
 * "/" are the same commands the chat platforms offer; /quit or end of input ends it.
 */
public final class ConsoleChat {
    static final CommandStyle STYLE = c -> "/" + c.word() + (c == Command.ASK ? " QUESTION" : "");
    private static final ChatRef CHAT = new ChatRef("console", "local");

    private final ChatService chat;
    private final BufferedReader in;
    private final PrintStream out;

    public ConsoleChat(ChatService chat, BufferedReader in, PrintStream out) {
        this.chat = chat;
        this.in = in;
        this.out = out;
    }

    /** Runs until /quit or end of input. */
    public void run(boolean prompt) throws IOException {
        out.print(ConsoleText.render(chat.start(STYLE)));
        out.println("Type /quit to leave.");
        while (true) {
            if (prompt) {
                out.print("> ");
                out.flush();
            }
            String line = in.readLine();
            if (line == null) {
                break;
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equalsIgnoreCase("/quit") || line.equalsIgnoreCase("/exit")) {
                break;
            }
            out.print(ConsoleText.render(handle(line)));
            out.flush();
        }
        out.println("Bye.");
    }

    Reply handle(String line) {
        if (!line.startsWith("/")) {
            return chat.ask(CHAT, line, STYLE);
        }
        String[] parts = line.substring(1).split("\\s+", 2);
        String arg = parts.length > 1 ? parts[1] : "";
        return Command.byWord(parts[0].toLowerCase(Locale.ROOT))
                .map(c -> switch (c) {
                    case START -> chat.start(STYLE);
                    case HELP -> chat.help(STYLE);
                    case ASK -> chat.ask(CHAT, arg, STYLE);
                    case SUMMARY -> chat.summary(CHAT);
                    case SOURCES -> chat.sources();
                    case SUBSCRIBE, UNSUBSCRIBE -> Reply.text("Daily summaries are posted to Telegram and Slack chats, not to the console.");
                })
                .orElseGet(() -> Reply.text("I don't know that command. Type /help for the list."));
    }
}
