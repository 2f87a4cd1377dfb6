package talkbot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkbot.adapter.console.ConsoleChat;
import talkbot.chat.Conversation;
import talkbot.store.SqliteStore;

@Command(name = "chat", description = {
        "Chat in the console: the embedded default, no tokens needed.",
        "Follow-ups are read with the last answer (for TALKBOT_CONTEXT_MINUTES); when the bot asks back, type the number of a choice."})
final class ChatCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() throws Exception {
        // the per-question log line is for operators of chat platforms; in a terminal it would
        // interleave with the conversation
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("talkbot.questions"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        Core core = corpus.load();
        try (SqliteStore store = SqliteStore.open(core.settings().dataDir())) {
            // one person at a terminal: no rate limit
            Conversation chat = Chats.conversation(core, store, Integer.MAX_VALUE);
            // System.console() is there when standard input and output are both a terminal
            try (ConsoleChat console = ConsoleChat.open(chat, System.console() != null)) {
                console.run();
            }
        }
        return 0;
    }
}
