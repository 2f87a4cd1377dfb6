package talkbot.adapter.telegram;

import java.util.Objects;

/** Who the bot is, from getMe: its user id (replies to its messages) and @username (mentions, /cmd@name). */
record BotIdentity(long id, String username) {
    BotIdentity {
        Objects.requireNonNull(username, "username");
    }
}
