package talkbot.chat;

import java.util.Objects;
import talkbot.model.ChatRef;

/**
 * Where a message was said: the chat (rate limits, subscriptions, the summary), the conversation
 * within it whose last exchange a follow-up leans on, and who said it.
 *
 * @param chat         the chat
 * @param conversation the conversation within the chat: "" for the whole chat (a private chat, a
 *                     Slack DM, the console), else what the platform adapter makes of it (a Slack
 *                     thread, one user of a Telegram group)
 * @param user         the platform's id of the person, or null when there is none (the console)
 */
public record Where(ChatRef chat, String conversation, String user) {
    public Where {
        Objects.requireNonNull(chat, "chat");
        conversation = conversation == null ? "" : conversation;
    }

    /** The whole chat as one conversation. */
    public static Where chat(ChatRef chat, String user) {
        return new Where(chat, "", user);
    }

    /** The key its context is kept under. */
    String key() {
        return chat + "#" + conversation;
    }
}
