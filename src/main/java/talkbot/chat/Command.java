package talkbot.chat;

import java.util.Locale;
import java.util.Optional;

/** The commands every platform offers; each platform spells them its own way (see {@link CommandStyle}). */
public enum Command {
    START("a greeting and example questions"),
    HELP("every command, one line each"),
    ASK("answer a question"),
    SUMMARY("the key points, with their sources"),
    SOURCES("the articles I know, with their dates"),
    LATEST("the newest articles, with their dates and links"),
    SUBSCRIBE("post the daily summary here every day"),
    UNSUBSCRIBE("stop the daily summary here");

    private final String description;

    Command(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The command named by a word ("help", "Summary"), if any. */
    public static Optional<Command> byWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        for (Command c : values()) {
            if (c.word().equalsIgnoreCase(word.trim())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
