package talkbot.adapter.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.chat.Delivery;
import talkbot.chat.Outbox;
import talkbot.chat.Reply;

/**
 * Unprompted posts (the daily summary) to a channel id with chat.postMessage, once per call:
 * SENT; RETRY for 429, 5xx and network failures (and anything unexpected); GONE when the channel
 * is not found, archived, left, or the account is inactive.
 */
final class SlackOutbox implements Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(SlackOutbox.class);

    private final ChatPoster poster;

    SlackOutbox(ChatPoster poster) {
        this.poster = poster;
    }

    @Override
    public Delivery deliver(String chatId, Reply reply) {
        try {
            PostResult result = poster.postOnce(chatId, null, SlackBlocks.render(reply));
            if (result.delivery() != Delivery.SENT) {
                LOG.info("slack: unprompted post not delivered: {} ({})", result.delivery(), result.error());
            }
            return result.delivery();
        } catch (RuntimeException e) {
            LOG.warn("slack: unprompted post failed: {}", e.toString());
            return Delivery.RETRY;
        }
    }
}
