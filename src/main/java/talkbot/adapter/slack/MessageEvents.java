package talkbot.adapter.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.chat.Reply;

/**
 * Mentions and direct messages: an {@code app_mention} is answered in a thread on the mentioning
 * message, a {@code message} in a DM ({@code channel_type} im) in the DM. Messages from bots (this
 * one included) and message subtypes (edits, joins, bot messages) are ignored; an event already
 * seen (Slack's retries, a repeated {@code event_id}) is acknowledged and dropped. Events are
 * acknowledged at once; the answer is posted from a worker with chat.postMessage.
 */
final class MessageEvents {
    static final String IM = "im";
    /** The events answered, as Bolt names them ("type" or "type:subtype"). */
    static final Set<String> HANDLED = Set.of("app_mention", "message");
    private static final Logger LOG = LoggerFactory.getLogger(MessageEvents.class);

    private final Conversation conversation;
    private final EventDedup dedup;
    private final ChatPoster poster;
    private final Executor workers;
    private final Supplier<BotIdentity> self;

    MessageEvents(Conversation conversation, EventDedup dedup, ChatPoster poster, Executor workers,
            Supplier<BotIdentity> self) {
        this.conversation = conversation;
        this.dedup = dedup;
        this.poster = poster;
        this.workers = workers;
        this.self = self;
    }

    void register(App app) {
        app.event(AppMentionEvent.class, this::onMention);
        app.event(MessageEvent.class, this::onMessage);
    }

    /**
     * Middleware: acknowledges, before Bolt routes it, every event other than a plain {@code app_mention} or
     * {@code message}: edits, joins, bot messages and the like need no answer, and Bolt would
     * otherwise log a multi-line warning for each and answer 404 (Slack would then retry it).
     */
    static Response acknowledgeUnhandled(Request<?> request, Response response, MiddlewareChain chain) throws Exception {
        if (request.getRequestType() == RequestType.Event
                && !HANDLED.contains(((EventRequest) request).getEventTypeAndSubtype())) {
            return Response.ok();
        }
        return chain.next(request);
    }

    Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent e = payload.getEvent();
        if (e != null && e.getSubtype() == null && e.getChannel() != null && e.getTs() != null
                && !fromBot(e.getUser(), e.getBotId(), ctx)
                && firstTime(payload, ctx, e.getType(), e.getChannel(), e.getTs())) {
            String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            answer(e.getChannel(), thread, SlackText.question(e.getText(), botUserId(ctx)));
        }
        return ctx.ack();
    }

    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if (e != null && IM.equals(e.getChannelType()) && e.getChannel() != null && e.getTs() != null
                && !fromBot(e.getUser(), e.getBotId(), ctx)
                && firstTime(payload, ctx, e.getType(), e.getChannel(), e.getTs())) {
            answer(e.getChannel(), e.getThreadTs(), SlackText.question(e.getText(), botUserId(ctx)));
        }
        return ctx.ack();
    }

    private boolean fromBot(String user, String botId, EventContext ctx) {
        if (botId != null || user == null) {
            return true;
        }
        return user.equals(botUserId(ctx));
    }

    private String botUserId(EventContext ctx) {
        return ctx.getBotUserId() != null ? ctx.getBotUserId() : self.get().userId();
    }

    private boolean firstTime(EventsApiPayload<?> payload, EventContext ctx, String type, String channel, String ts) {
        if (dedup.firstTime(payload.getEventId(), type, channel, ts)) {
            return true;
        }
        LOG.info("slack: dropped an event already seen (retry number {})",
                ctx.getRetryNum() == null ? 0 : ctx.getRetryNum());
        return false;
    }

    private void answer(String channel, String threadTs, String question) {
        TalksRequest request = TalksRequest.parse(question);
        try {
            workers.execute(() -> {
                Reply reply = conversation.reply(channel, request);
                poster.post(channel, threadTs, SlackBlocks.render(reply));
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("slack: too busy to answer a message; dropped it");
        }
    }
}
