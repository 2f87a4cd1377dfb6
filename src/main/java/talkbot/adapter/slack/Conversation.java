package talkbot.adapter.slack;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.chat.ChatRef;
import talkbot.chat.ChatService;
import talkbot.chat.CommandStyle;
import talkbot.chat.RateLimiter;
import talkbot.chat.Reply;

/**
 * Turns a {@link TalksRequest} from one channel into a {@link Reply}: the channel's rate limit
 * first, then the matching {@link ChatService} call. Never throws: a failure becomes an apology.
 */
final class Conversation {
    static final String PLATFORM = "slack";
    /** How Slack users write each command. */
    static final CommandStyle STYLE = c -> c == talkbot.chat.Command.ASK ? "/talks QUESTION" : "/talks " + c.word();

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final ChatService chat;
    private final RateLimiter limiter;

    Conversation(ChatService chat, RateLimiter limiter) {
        this.chat = chat;
        this.limiter = limiter;
    }

    Reply reply(String channelId, TalksRequest request) {
        ChatRef ref = new ChatRef(PLATFORM, channelId);
        if (!limiter.tryAcquire(ref.toString())) {
            return ChatService.slowDown();
        }
        try {
            return switch (request.command()) {
                case START -> chat.start(STYLE);
                case HELP -> chat.help(STYLE);
                case ASK -> chat.ask(ref, request.question(), STYLE);
                case SUMMARY -> chat.summary(ref);
                case SOURCES -> chat.sources();
                case LATEST -> chat.latest();
                case SUBSCRIBE -> chat.subscribe(ref);
                case UNSUBSCRIBE -> chat.unsubscribe(ref);
            };
        } catch (RuntimeException e) {
            LOG.warn("slack: {} failed: {}", request.command().word(), e.toString());
            return ChatService.apology();
        }
    }
}
