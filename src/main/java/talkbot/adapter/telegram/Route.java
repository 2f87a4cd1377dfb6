package talkbot.adapter.telegram;

import talkbot.chat.Command;

/** What to do with a message, as {@link MessageRouter} decides. */
sealed interface Route {

    /** Not for the bot: group chatter, a command for another bot, another bot's message. */
    record Ignore() implements Route {}

    /** A question to answer (possibly blank or too long: {@code ChatService.ask} says so). */
    record Ask(String question) implements Route {}

    /** A known command, with whatever follows it. */
    record Run(Command command, String argument) implements Route {}

    /** A command the bot does not have, addressed to it. */
    record Unknown(String word) implements Route {}
}
