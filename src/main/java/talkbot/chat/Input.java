package talkbot.chat;

import java.util.Objects;

/** What a message asks for, as a platform adapter parsed it. */
public sealed interface Input permits Input.Ask, Input.Run, Input.Unknown, Input.Press {

    /** A question (or a follow-up, or the number of a choice offered). */
    record Ask(String text) implements Input {
        public Ask {
            text = text == null ? "" : text;
        }
    }

    /** A command the bot has, with whatever followed it. */
    record Run(Command command, String argument) implements Input {
        public Run {
            Objects.requireNonNull(command, "command");
            argument = argument == null ? "" : argument;
        }
    }

    /** A command addressed to the bot that it does not have. */
    record Unknown(String word) implements Input {}

    /** A button of one of the bot's messages was pressed: its payload, as the platform gave it back (not trusted). */
    record Press(String payload) implements Input {
        public Press {
            payload = payload == null ? "" : payload;
        }
    }
}
