package talkbot.adapter.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import talkbot.chat.Reply;

/**
 * Sends a {@link Reply} to a chat: rendered as HTML, split into messages Telegram accepts, the
 * first one replying to the asker's message when there is one, the last one carrying the reply's
 * buttons when it has any. Should Telegram ever refuse our
 * HTML, the message goes again as plain text.
 */
final class ReplySender {
    private static final Logger LOG = LoggerFactory.getLogger(ReplySender.class);

    /** Where a reply goes: a chat, the message it answers (null for none) and the forum topic (null for none). */
    record Target(String chatId, Integer replyTo, Integer threadId) {
        static Target chat(String chatId) {
            return new Target(chatId, null, null);
        }
    }

    /**
     * How a send ended.
     *
     * @param delivered how many messages got through
     * @param total     how many there were
     * @param failure   what stopped it, or null when all got through
     */
    record Result(int delivered, int total, ApiFailure failure) {
        boolean complete() {
            return failure == null;
        }
    }

    private final BotApiCaller caller;

    ReplySender(BotApiCaller caller) {
        this.caller = caller;
    }

    /**
     * Sends every message of {@code reply} in order and stops at the first that fails for good.
     * The first message is tried under {@code first}, the rest under {@code rest} (once the first is
     * out, giving up would leave the reply cut short).
     */
    Result send(Target target, Reply reply, RetryPolicy first, RetryPolicy rest) throws InterruptedException {
        return send(target, TelegramHtml.messages(reply), 0, i -> { }, first, rest);
    }

    /** The same, for a reply already rendered as Telegram messages. */
    Result send(Target target, List<String> messages, RetryPolicy first, RetryPolicy rest) throws InterruptedException {
        return send(target, messages, 0, i -> { }, null, first, rest);
    }

    /** The same, with {@code keyboard} (when not null) under the last message. */
    Result send(Target target, List<String> messages, InlineKeyboardMarkup keyboard, RetryPolicy first, RetryPolicy rest)
            throws InterruptedException {
        return send(target, messages, 0, i -> { }, keyboard, first, rest);
    }

    /** The same, from message {@code from} on, without a keyboard. */
    Result send(Target target, List<String> messages, int from, java.util.function.IntConsumer before, RetryPolicy first,
            RetryPolicy rest) throws InterruptedException {
        return send(target, messages, from, before, null, first, rest);
    }

    /**
     * The same, for a reply already rendered as Telegram messages, from message {@code from} on
     * (those before it went out earlier), with {@code keyboard} (when not null) under the last;
     * {@code before} is told the index of each message just before it goes. {@link Result#delivered()}
     * counts the messages before {@code from} as delivered.
     */
    Result send(Target target, List<String> messages, int from, java.util.function.IntConsumer before,
            InlineKeyboardMarkup keyboard, RetryPolicy first, RetryPolicy rest) throws InterruptedException {
        for (int i = from; i < messages.size(); i++) {
            try {
                before.accept(i);
                sendOne(target, messages.get(i), i == 0, i == messages.size() - 1 ? keyboard : null, i == 0 ? first : rest);
            } catch (BotApiCaller.CallFailedException e) {
                return new Result(i, messages.size(), e.failure());
            }
        }
        return new Result(messages.size(), messages.size(), null);
    }

    private void sendOne(Target target, String html, boolean first, InlineKeyboardMarkup keyboard, RetryPolicy policy)
            throws BotApiCaller.CallFailedException, InterruptedException {
        try {
            caller.call(message(target, html, first, true, keyboard), policy);
        } catch (BotApiCaller.CallFailedException e) {
            if (!e.failure().badMarkup()) {
                throw e;
            }
            LOG.warn("telegram refused a message's HTML ({}); sending it as plain text", e.failure().code());
            caller.call(message(target, TelegramHtml.toPlainText(html), first, false, keyboard), policy);
        }
    }

    private static SendMessage message(Target target, String text, boolean first, boolean html, InlineKeyboardMarkup keyboard) {
        SendMessage.SendMessageBuilder<?, ?> b = SendMessage.builder()
                .chatId(target.chatId())
                .text(text)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
        if (html) {
            b.parseMode(ParseMode.HTML);
        }
        if (first && target.replyTo() != null) {
            // reply_parameters is the current form; the older reply_to_message_id goes along for servers that
            // only know that one (Telegram ignores it when reply_parameters is there).
            b.replyParameters(ReplyParameters.builder()
                    .messageId(target.replyTo())
                    .allowSendingWithoutReply(true)
                    .build());
            b.replyToMessageId(target.replyTo());
            b.allowSendingWithoutReply(true);
        }
        if (target.threadId() != null) {
            b.messageThreadId(target.threadId());
        }
        if (keyboard != null) {
            b.replyMarkup(keyboard);
        }
        return b.build();
    }
}
