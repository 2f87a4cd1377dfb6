package talkbot.chat;

/** How a platform writes a command: Telegram "/ask QUESTION", Slack "/talks QUESTION". */
@FunctionalInterface
public interface CommandStyle {
    /** The command as a user types it, with a placeholder for its argument where it takes one. */
    String usage(Command command);
}
