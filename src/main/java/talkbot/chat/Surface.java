package talkbot.chat;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import talkbot.model.ChatRef;

/**
 * What one platform offers, for the replies that describe it: how it writes commands, the
 * commands its help lists, lines it adds to the help (its own commands), and whether a chat can
 * get the daily summary there.
 *
 * @param style       how commands are written ("/help", "/talks help")
 * @param commands    the commands the help lists, in order
 * @param extra       more lines for the help: a command and what it does ("/quit", "leave the chat")
 * @param subscribing null when this chat may subscribe; otherwise why not, said to whoever tries
 *                    (the console: summaries are posted to chat platforms; Slack: a channel the bot is not in)
 */
public record Surface(CommandStyle style, List<Command> commands, List<Usage> extra,
        Function<ChatRef, Optional<String>> subscribing) {

    /** A help line of the platform's own: how it is typed, and what it does. */
    public record Usage(String usage, String description) {
        public Usage {
            Objects.requireNonNull(usage, "usage");
            Objects.requireNonNull(description, "description");
        }
    }

    public Surface {
        Objects.requireNonNull(style, "style");
        commands = List.copyOf(commands);
        extra = List.copyOf(extra);
        subscribing = subscribing == null ? chat -> Optional.empty() : subscribing;
    }

    /** Every command, written in {@code style}, any chat may subscribe. */
    public static Surface of(CommandStyle style) {
        return new Surface(style, List.of(Command.values()), List.of(), null);
    }

    /** The same, commands written another way (Slack: the command name a workspace gave the app). */
    public Surface withStyle(CommandStyle other) {
        return new Surface(other, commands, extra, subscribing);
    }

    /** The same, a chat's subscription checked first. */
    public Surface withSubscribing(Function<ChatRef, Optional<String>> check) {
        return new Surface(style, commands, extra, check);
    }
}
