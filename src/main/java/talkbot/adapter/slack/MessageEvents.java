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
import java.util.function.Supplier;

/**
 * Mentions and direct messages: an {@code app_mention} is answered in a thread on the mentioning
 * message, a {@code message} in a DM ({@code channel_type} im) in the DM. Messages from bots (this
 * one included) and message subtypes (edits, joins, bot messages) are ignored. An event to answer
 * is written to the inbox (keyed by its {@code event_id}, so that Slack's retries and repeats are
 * answered once) before it is acknowledged; when the inbox cannot take it in time the answer is a
 * 503, and Slack sends it again later. The answer is posted from a worker with chat.postMessage.
 */
final class MessageEvents {
    static final String IM = "im";
    /** The events answered, as Bolt names them ("type" or "type:subtype"). */
    static final Set<String> HANDLED = Set.of("app_mention", "message");
    /** What Slack gets when the inbox cannot take an event: anything but a 200 makes it try again later. */
    private static final Response BUSY = Response.builder().statusCode(503).contentType("application/json; charset=utf-8")
            .body("{\"error\":\"busy, try again later\"}").build();

    private final SlackIntake intake;
    private final Supplier<BotIdentity> self;

    MessageEvents(SlackIntake intake, Supplier<BotIdentity> self) {
        this.intake = intake;
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
                && !fromBot(e.getUser(), e.getBotId(), ctx)) {
            String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
            // a mention is answered in its thread, and the thread is one conversation
            return take(SlackWork.event(key(payload, e.getType(), e.getChannel(), e.getTs()), e.getChannel(), thread,
                    SlackText.question(e.getText(), botUserId(ctx)), "thread:" + thread, e.getUser()), ctx);
        }
        return ctx.ack();
    }

    Response onMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent e = payload.getEvent();
        if (e != null && IM.equals(e.getChannelType()) && e.getChannel() != null && e.getTs() != null
                && !fromBot(e.getUser(), e.getBotId(), ctx)) {
            // a DM is one conversation, threads and all
            return take(SlackWork.event(key(payload, e.getType(), e.getChannel(), e.getTs()), e.getChannel(),
                    e.getThreadTs(), SlackText.question(e.getText(), botUserId(ctx)), "", e.getUser()), ctx);
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

    /** The inbox key: the event id; an event without one by its type, channel and timestamp. */
    private static String key(EventsApiPayload<?> payload, String type, String channel, String ts) {
        String id = payload.getEventId();
        return id != null && !id.isBlank() ? id : type + ":" + channel + ":" + ts;
    }

    private Response take(SlackWork work, EventContext ctx) {
        if (intake.take(work) != SlackIntake.Verdict.TAKEN) {
            throw new Busy(); // Bolt takes a handler's non-200 answer for "not handled": see refuseWhenBusy
        }
        return ctx.ack();
    }

    /** The inbox could not take an event: the answer to Slack is {@link #BUSY}. */
    static final class Busy extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Busy() {
            super("busy", null, false, false);
        }
    }

    /** Middleware: an event the inbox could not take is answered {@link #BUSY} (HTTP 503; in Socket Mode, no ack). */
    static Response refuseWhenBusy(Request<?> request, Response response, MiddlewareChain chain) throws Exception {
        try {
            return chain.next(request);
        } catch (Busy e) {
            return BUSY;
        }
    }
}
