package talkbot.adapter.telegram;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;

/**
 * A button of one of the bot's messages pressed (a {@code callback_query}): the only other kind of
 * update the bot acts on. Kept in the inbox like a message, in its chat's lane, so that a choice
 * is answered in order with the chat's questions.
 *
 * @param updateId    the update it came in
 * @param callbackId  the query's id, to answer it (answerCallbackQuery) and stop the button's spinner
 * @param chatId      the chat of the message whose button was pressed
 * @param privateChat whether that chat is a one-to-one chat with the bot
 * @param messageId   the message whose button was pressed (its keyboard is edited)
 * @param threadId    the forum topic of that message, or null
 * @param fromId      who pressed it
 * @param data        the button's callback data, as the client sent it (not trusted)
 */
record IncomingPress(long updateId, String callbackId, long chatId, boolean privateChat, int messageId,
        Integer threadId, long fromId, String data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The press in {@code update}; empty for anything else, and for presses the bot cannot act on (an inline message, no data). */
    static Optional<IncomingPress> of(Update update) {
        CallbackQuery q = update.getCallbackQuery();
        if (update.getUpdateId() == null || q == null || q.getId() == null || q.getFrom() == null
                || q.getData() == null || q.getMessage() == null) {
            return Optional.empty();
        }
        MaybeInaccessibleMessage m = q.getMessage();
        if (m.getChatId() == null || m.getMessageId() == null || m.getChat() == null) {
            return Optional.empty();
        }
        Integer thread = m instanceof org.telegram.telegrambots.meta.api.objects.message.Message full
                && Boolean.TRUE.equals(full.getIsTopicMessage()) ? full.getMessageThreadId() : null;
        return Optional.of(new IncomingPress(update.getUpdateId(), q.getId(), m.getChatId(),
                "private".equals(m.getChat().getType()), m.getMessageId(), thread, q.getFrom().getId(), q.getData()));
    }

    /** The press as the inbox keeps it: {@code callbackId} tells it from a message. */
    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a button press as JSON", e);
        }
    }

    static IncomingPress fromJson(String json) {
        try {
            return JSON.readValue(json, IncomingPress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a kept Telegram button press", e);
        }
    }

    /** Whether a payload the inbox kept is a press (else it is a message). */
    static boolean isPress(String json) {
        try {
            return JSON.readTree(json).has("callbackId");
        } catch (JsonProcessingException e) {
            return false;
        }
    }
}
