package talkbot.adapter.slack;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.adapter.delivery.SendGates;
import talkbot.chat.Conversation;
import talkbot.chat.Delivery;
import talkbot.chat.Outcome;
import talkbot.chat.Reply;
import talkbot.store.Inbox;

/**
 * Answers one Slack message from the inbox through the {@link Conversation}: a mention or DM with
 * chat.postMessage; a slash command in its acknowledgement when the request still waits, else at
 * its response_url; a button press by changing the pressed message (response_url,
 * {@code replace_original}) and posting any answer where that message is. Records that it is
 * about to send just before it does; says how it ended.
 */
final class SlackAnswers implements InboxWorkers.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(SlackAnswers.class);

    private final Conversation conversation;
    private final SlackRequests requests;
    private final ChatPoster poster;
    private final ResponseUrlPoster responder;
    private final AckSlots slots;
    private final Gson gson;
    private final SendGates gates;

    SlackAnswers(Conversation conversation, SlackRequests requests, ChatPoster poster, ResponseUrlPoster responder,
            AckSlots slots, Gson gson, SendGates gates) {
        this.conversation = conversation;
        this.requests = requests;
        this.poster = poster;
        this.responder = responder;
        this.slots = slots;
        this.gson = gson;
        this.gates = gates;
    }

    @Override
    public String handle(Inbox.Item item, InboxWorkers.Sending sending) {
        SlackWork work = SlackWork.fromJson(item.payload());
        if (item.from() > 0) {
            return InboxWorkers.SENT; // an answer is one post, and it went out whole before the bot last stopped
        }
        Outcome outcome = conversation.handle(requests.request(work));
        if (SlackWork.COMMAND.equals(work.kind())) {
            return command(work, outcome.reply(), sending);
        }
        if (SlackWork.ACTION.equals(work.kind())) {
            return action(work, outcome, sending);
        }
        if (outcome.reply() == null) {
            return InboxWorkers.IGNORED;
        }
        return post(work.channel(), work.threadTs(), outcome.reply(), sending);
    }

    /** Posts with chat.postMessage, recorded as sending just before its last byte goes (see SendGates). */
    private String post(String channel, String threadTs, Reply reply, InboxWorkers.Sending sending) {
        String key = SendGates.threadKey();
        SendGates.Gate gate = gates.open(key, sending);
        Delivery d;
        try {
            d = poster.post(channel, threadTs, SlackBlocks.render(reply));
        } finally {
            gates.close(key, gate);
        }
        if (d != Delivery.SENT && gate.storeFailure() != null) {
            throw gate.storeFailure(); // nothing went out: the inbox tries it again later
        }
        return switch (d) {
            case SENT -> InboxWorkers.SENT;
            case GONE -> InboxWorkers.GONE;
            case RETRY -> InboxWorkers.FAILED;
        };
    }

    private String command(SlackWork work, Reply reply, InboxWorkers.Sending sending) {
        String type = work.share() ? SlashCommands.IN_CHANNEL : SlashCommands.EPHEMERAL;
        sending.record();
        if (slots.offer(work.key(), reply == null ? SlashCommands.NOTHING : reply)) {
            return reply == null ? InboxWorkers.IGNORED : InboxWorkers.SENT; // rides in the acknowledgement
        }
        if (reply == null) {
            return InboxWorkers.IGNORED;
        }
        if (work.responseUrl() == null) {
            LOG.warn("slack: a command's answer was late and it has no response_url; dropped it");
            return InboxWorkers.FAILED;
        }
        return responder.post(work.responseUrl(), gson.toJson(SlashCommands.response(reply, type)))
                ? InboxWorkers.SENT : InboxWorkers.FAILED;
    }

    /**
     * A button pressed: the pressed message changes in place (its buttons spent) — or, when the
     * press cannot be acted on, the presser alone is told why — and any answer goes where the
     * message is: privately when it was private, else in its thread.
     */
    private String action(SlackWork work, Outcome outcome, InboxWorkers.Sending sending) {
        if (work.responseUrl() != null) {
            if (outcome.edited() != null) {
                responder.post(work.responseUrl(), replace(outcome.edited()));
            } else if (outcome.notice() != null) {
                responder.post(work.responseUrl(), privately(Reply.text(outcome.notice())));
            }
        }
        if (outcome.reply() == null) {
            return InboxWorkers.SENT;
        }
        if (work.ephemeral()) {
            if (work.responseUrl() == null) {
                return InboxWorkers.FAILED;
            }
            sending.record();
            return responder.post(work.responseUrl(), privately(outcome.reply())) ? InboxWorkers.SENT : InboxWorkers.FAILED;
        }
        return post(work.channel(), work.threadTs(), outcome.reply(), sending);
    }

    /** A response_url body that replaces the message a button was pressed on. */
    private String replace(Reply reply) {
        JsonObject body = gson.toJsonTree(SlashCommands.response(reply, null)).getAsJsonObject();
        body.addProperty("replace_original", true);
        return gson.toJson(body);
    }

    /** A response_url body of a new message only the presser sees. */
    private String privately(Reply reply) {
        JsonObject body = gson.toJsonTree(SlashCommands.response(reply, SlashCommands.EPHEMERAL)).getAsJsonObject();
        body.addProperty("replace_original", false);
        return gson.toJson(body);
    }
}
