package talkbot.chat;

import java.util.Objects;

/**
 * One message to the bot: where it was said, what it asks for, and what the platform it came by
 * offers.
 *
 * @param resumed whether it is being answered again to finish a reply cut short by a stop (its
 *                first messages went out before): the rate limit let it through already
 */
public record Request(Where where, Input input, Surface surface, boolean resumed) {
    public Request {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(surface, "surface");
    }

    public Request(Where where, Input input, Surface surface) {
        this(where, input, surface, false);
    }
}
