package talkbot.chat;

import java.util.Optional;

/**
 * What the bot does about a message: post a reply, change the message whose button was pressed,
 * and tell the person who pressed it something short. Any of the three may be absent; all absent
 * means the bot says nothing (a chat over its rate limit, told once already).
 *
 * @param reply  a new message to post, or null
 * @param edited what the message whose button was pressed becomes (its buttons spent), or null to leave it
 * @param notice a short note for the person who pressed a button (a Telegram toast), or null
 */
public record Outcome(Reply reply, Reply edited, String notice) {
    private static final Outcome NOTHING = new Outcome(null, null, null);

    public static Outcome reply(Reply reply) {
        return new Outcome(reply, null, null);
    }

    public static Outcome nothing() {
        return NOTHING;
    }

    public Optional<Reply> replyToPost() {
        return Optional.ofNullable(reply);
    }

    public Optional<Reply> edit() {
        return Optional.ofNullable(edited);
    }

    public Optional<String> note() {
        return Optional.ofNullable(notice);
    }

    /** Nothing to post, change or say. */
    public boolean silent() {
        return reply == null && edited == null && notice == null;
    }
}
