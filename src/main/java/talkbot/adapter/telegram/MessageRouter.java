package talkbot.adapter.telegram;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.chat.Command;

/**
 * Decides what a message asks of the bot. In a private chat every message is for the bot: a
 * command, or else a question. In a group the bot answers commands (not those addressed to another
 * bot as {@code /cmd@otherbot}), messages that mention it (the mention is taken out of the
 * question) and replies to its own messages; everything else is chatter it ignores. An unknown
 * command gets an answer in private chats, and in groups only when addressed to the bot by name or
 * by replying to it, since other bots in the group may own it. Messages from bots are ignored.
 */
final class MessageRouter {

    /** {@code /word}, optionally {@code @botname}, then whitespace or the end, then the argument. */
    private static final Pattern COMMAND =
            Pattern.compile("^/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?:\\s+(.*))?$", Pattern.DOTALL);

    private final BotIdentity me;
    private final Pattern mention;

    MessageRouter(BotIdentity me) {
        this.me = me;
        this.mention = Pattern.compile("(?<![A-Za-z0-9_])@" + Pattern.quote(me.username()) + "(?![A-Za-z0-9_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    Route route(IncomingMessage m) {
        if (m.fromBot()) {
            return new Route.Ignore();
        }
        String text = m.text().strip();
        boolean replyToMe = m.replyToUserId() != null && m.replyToUserId() == me.id();
        Optional<Route> command = command(text, m.privateChat() || replyToMe);
        if (command.isPresent()) {
            return command.get();
        }
        if (m.privateChat()) {
            return new Route.Ask(text);
        }
        Matcher at = mention.matcher(text);
        if (at.find()) {
            String rest = withoutMention(at.replaceAll(" "));
            return command(rest, true).orElse(new Route.Ask(rest));
        }
        if (replyToMe) {
            return new Route.Ask(text);
        }
        return new Route.Ignore();
    }

    /** The route for {@code text} when it is a command; empty when it is not one. */
    private Optional<Route> command(String text, boolean addressed) {
        Matcher c = COMMAND.matcher(text);
        if (!c.matches()) {
            return Optional.empty();
        }
        String addressee = c.group(2);
        if (addressee != null && !addressee.equalsIgnoreCase(me.username())) {
            return Optional.of(new Route.Ignore());
        }
        String argument = c.group(3) == null ? "" : c.group(3).strip();
        Optional<Command> known = Command.byWord(c.group(1));
        if (known.isPresent()) {
            return Optional.of(new Route.Run(known.get(), argument));
        }
        return Optional.of(addressed || addressee != null
                ? new Route.Unknown(c.group(1).toLowerCase(Locale.ROOT))
                : new Route.Ignore());
    }

    /** The question left once the mention is out: spaces tidied, a leading comma or colon dropped. */
    private static String withoutMention(String text) {
        return text.replaceAll("[ \\t]{2,}", " ").strip().replaceFirst("^[,:;]\\s*", "");
    }
}
