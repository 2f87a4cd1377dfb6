package talkbot.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * A new text message in a private chat or a group: the only kind of update the bot acts on.
 *
 * @param updateId       the update it came in
 * @param chatId         the chat it was posted in
 * @param privateChat    true in a one-to-one chat with the bot, false in a group or supergroup
 * @param messageId      the message's id, to reply to it
 * @param threadId       the forum topic it was posted in, or null
 * @param text           what it says
 * @param fromBot        whether another bot posted it (not counting anonymous group admins, whom Telegram
 *                       shows as a bot posting on the group's behalf)
 * @param replyToUserId  the author of the message it replies to, or null when it replies to none
 * @param fromId         who wrote it (in a group, each person's conversation with the bot is their own), or null
 *                       when Telegram did not say (and in messages the inbox kept before builds that read it)
 */
record IncomingMessage(long updateId, long chatId, boolean privateChat, int messageId, Integer threadId,
        String text, boolean fromBot, Long replyToUserId, Long fromId) {

    private static final ObjectMapper JSON = new ObjectMapper();

    IncomingMessage(long updateId, long chatId, boolean privateChat, int messageId, Integer threadId, String text,
            boolean fromBot, Long replyToUserId) {
        this(updateId, chatId, privateChat, messageId, threadId, text, fromBot, replyToUserId, null);
    }

    /** The message as the inbox keeps it. */
    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a message as JSON", e);
        }
    }

    /** A message the inbox kept. */
    static IncomingMessage fromJson(String json) {
        try {
            return JSON.readValue(json, IncomingMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a kept Telegram message", e);
        }
    }

    /**
     * The text message in {@code update}; empty for everything else: edits, channel posts, callback
     * queries, photos, stickers and other messages without text, service messages, channels.
     */
    static Optional<IncomingMessage> of(Update update) {
        Message m = update.getMessage();
        if (update.getUpdateId() == null || m == null || m.getText() == null || m.getChat() == null
                || m.getChat().getId() == null || m.getMessageId() == null) {
            return Optional.empty();
        }
        String type = m.getChat().getType();
        boolean privateChat = "private".equals(type);
        if (!privateChat && !"group".equals(type) && !"supergroup".equals(type)) {
            return Optional.empty();
        }
        User from = m.getFrom();
        Message repliedTo = m.getReplyToMessage();
        Long replyToUserId = repliedTo != null && repliedTo.getFrom() != null ? repliedTo.getFrom().getId() : null;
        Integer thread = Boolean.TRUE.equals(m.getIsTopicMessage()) ? m.getMessageThreadId() : null;
        return Optional.of(new IncomingMessage(update.getUpdateId(), m.getChat().getId(), privateChat,
                m.getMessageId(), thread, m.getText(),
                from != null && Boolean.TRUE.equals(from.getIsBot()) && m.getSenderChat() == null, replyToUserId,
                from == null ? null : from.getId()));
    }

    /** What kind of update this is, for a log line about skipping it. */
    static String kind(Update u) {
        if (u.getMessage() != null) {
            Message m = u.getMessage();
            if (m.getChat() != null && "channel".equals(m.getChat().getType())) {
                return "channel message";
            }
            return m.getText() == null ? "message without text" : "message";
        }
        if (u.getEditedMessage() != null) {
            return "edited_message";
        }
        if (u.getChannelPost() != null || u.getEditedChannelPost() != null) {
            return "channel_post";
        }
        if (u.getCallbackQuery() != null) {
            return "callback_query";
        }
        return "other update";
    }
}
