package talkbot.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import talkbot.model.ChatRef;

/**
 * The child process of {@link StoreSurvivesKillTest}: writes to the store in a loop until it is
 * killed, printing a line after each write has committed ("sub N", "post N", "cursor N").
 *
 * <p>Arguments: the data directory and the first N.
 */
public final class StoreWriterMain {
    static final LocalDate DAY = LocalDate.of(2025, 6, 10);

    private StoreWriterMain() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int first = Integer.parseInt(args[1]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SqliteStore store = SqliteStore.open(dir);
        out.println("open");
        for (int i = first; ; i++) {
            ChatRef chat = chat(i);
            store.subscribe(chat);
            out.println("sub " + i);
            if (store.claimPost(chat, DAY, Instant.now())) {
                store.recordPost(chat, DAY, Instant.now(), Set.of("article-" + i, "common"));
            }
            out.println("post " + i);
            store.saveCursor("last", i);
            out.println("cursor " + i);
        }
    }

    static ChatRef chat(int i) {
        return new ChatRef(i % 2 == 0 ? "telegram" : "slack", "chat-" + i);
    }
}
