package talkbot.adapter.telegram;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.chat.Delivery;
import talkbot.chat.Outbox;
import talkbot.chat.Reply;

/**
 * Posts unprompted replies (the daily summary) to a Telegram chat, once: the caller's schedule
 * does the retrying. The first message is tried once; a 429 whose retry_after is at most
 * {@code maxInlineWait} is waited out and tried once more, a longer one is {@link Delivery#RETRY}.
 * Network errors, 5xx and any other refusal (a 401, a 400 other than those below: our fault or
 * the server's, not the chat's) are RETRY; 403 (the bot was blocked or removed) and 400 "chat not
 * found" (or the group moved to a supergroup) are {@link Delivery#GONE}. Once the first message of a split reply is out, the rest are
 * sent under the reply policy (retrying again later would post the first part twice); if one of
 * them still fails the post counts as SENT, cut short, and a warning is logged.
 */
final class TelegramOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramOutbox.class);

    private final ReplySender sender;
    private final RetryPolicy first;
    private final RetryPolicy rest;
    private final Redactor redactor;

    TelegramOutbox(ReplySender sender, Duration maxInlineWait, RetryPolicy rest, Redactor redactor) {
        this.sender = sender;
        this.first = RetryPolicy.once(maxInlineWait);
        this.rest = rest;
        this.redactor = redactor;
    }

    @Override
    public Delivery deliver(String chatId, Reply reply) {
        String chat = Redactor.chatHash(chatId);
        try {
            ReplySender.Result result = sender.send(ReplySender.Target.chat(chatId), reply, first, rest);
            if (result.complete()) {
                return Delivery.SENT;
            }
            ApiFailure failure = result.failure();
            String why = redactor.redact(failure.toString());
            if (failure.kind() == ApiFailure.Kind.GONE) {
                LOG.info("telegram: chat {} is gone ({})", chat, why);
                return Delivery.GONE;
            }
            if (result.delivered() > 0) {
                LOG.warn("telegram: post to chat {} cut short after {} of {} messages ({})", chat,
                        result.delivered(), result.total(), why);
                return Delivery.SENT;
            }
            LOG.warn("telegram: post to chat {} failed ({}); to be tried again later", chat, why);
            return Delivery.RETRY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.RETRY;
        } catch (RuntimeException e) {
            LOG.error("telegram: post to chat {} failed", chat, redactor.scrub(e));
            return Delivery.RETRY;
        }
    }
}
