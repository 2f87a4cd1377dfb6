package talkbot.chat;

import java.util.Objects;

/** One message to the bot: where it was said, what it asks for, and what the platform it came by offers. */
public record Request(Where where, Input input, Surface surface) {
    public Request {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(surface, "surface");
    }
}
