package talkbot.adapter.slack;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import talkbot.chat.Command;
import talkbot.chat.CommandStyle;
import talkbot.chat.Input;
import talkbot.chat.Request;
import talkbot.chat.Surface;
import talkbot.chat.Where;
import talkbot.model.ChatRef;

/**
 * Turns inbox work into the conversation's requests: where (the channel, and the conversation in
 * it: a mention's thread, a DM, one person's slash commands), what it asks for, and Slack's
 * surface — commands written with the name Slack sent ({@code /talks} or whatever a workspace
 * calls it), {@code share} in the help, and subscribing checked against the channel.
 */
final class SlackRequests {
    static final String PLATFORM = "slack";

    private final Function<ChatRef, Optional<String>> subscribing;

    /** @param subscribing why the bot could not post the daily summary to a channel, if it could not */
    SlackRequests(Function<ChatRef, Optional<String>> subscribing) {
        this.subscribing = subscribing;
    }

    /** How Slack users write each command, under the command's name. */
    static CommandStyle style(String command) {
        return c -> c == Command.ASK ? command + " QUESTION" : command + " " + c.word();
    }

    Surface surface(String command) {
        return new Surface(style(command), List.of(Command.values()),
                List.of(new Surface.Usage(command + " " + TalksRequest.SHARE + " QUESTION",
                        "answer for the whole channel to see (the others are answered to you alone)")),
                subscribing);
    }

    Request request(SlackWork work) {
        Where where = new Where(new ChatRef(PLATFORM, work.channel()), work.conversation(), work.user());
        Input input = SlackWork.ACTION.equals(work.kind()) ? new Input.Press(work.text())
                : input(TalksRequest.parse(SlackWork.COMMAND.equals(work.kind()) ? SlackText.unescape(work.text()) : work.text()));
        return new Request(where, input, surface(work.commandName()));
    }

    static Input input(TalksRequest talk) {
        if (talk.command() == Command.ASK) {
            return talk.question().isBlank() ? new Input.Run(Command.ASK, "") : new Input.Ask(talk.question());
        }
        return new Input.Run(talk.command(), "");
    }
}
