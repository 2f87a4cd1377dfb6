package talkbot.adapter.slack;

import com.google.gson.Gson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.adapter.delivery.SendGates;
import talkbot.chat.Delivery;
import talkbot.chat.Reply;
import talkbot.store.Inbox;

/**
 * Answers one Slack message from the inbox: a mention or DM with chat.postMessage; a slash
 * command in its acknowledgement when the request still waits, else at its response_url. Records
 * that it is about to send just before it does; says how it ended.
 */
final class SlackAnswers implements InboxWorkers.Handler {
    private static final Logger LOG = LoggerFactory.getLogger(SlackAnswers.class);

    private final Conversation conversation;
    private final ChatPoster poster;
    private final ResponseUrlPoster responder;
    private final AckSlots slots;
    private final Gson gson;
    private final SendGates gates;

    SlackAnswers(Conversation conversation, ChatPoster poster, ResponseUrlPoster responder, AckSlots slots, Gson gson,
            SendGates gates) {
        this.gates = gates;
        this.conversation = conversation;
        this.poster = poster;
        this.responder = responder;
        this.slots = slots;
        this.gson = gson;
    }

    @Override
    public String handle(Inbox.Item item, InboxWorkers.Sending sending) {
        SlackWork work = SlackWork.fromJson(item.payload());
        if (item.from() > 0) {
            return InboxWorkers.SENT; // an answer is one post, and it went out whole before the bot last stopped
        }
        if (SlackWork.COMMAND.equals(work.kind())) {
            return command(work, sending);
        }
        Reply reply = conversation.reply(work.channel(), TalksRequest.parse(work.text()));
        SlackMessage message = SlackBlocks.render(reply);
        // the post records itself as sending, just before its last byte goes: see SendGates
        String key = SendGates.threadKey();
        SendGates.Gate gate = gates.open(key, sending);
        Delivery d;
        try {
            d = poster.post(work.channel(), work.threadTs(), message);
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

    private String command(SlackWork work, InboxWorkers.Sending sending) {
        TalksRequest talk = TalksRequest.parse(SlackText.unescape(work.text()));
        Reply reply = conversation.reply(work.channel(), talk);
        String type = work.share() ? SlashCommands.IN_CHANNEL : SlashCommands.EPHEMERAL;
        sending.record();
        if (slots.offer(work.key(), reply)) {
            return InboxWorkers.SENT; // rides in the acknowledgement
        }
        if (work.responseUrl() == null) {
            LOG.warn("slack: a command's answer was late and it has no response_url; dropped it");
            return InboxWorkers.FAILED;
        }
        return responder.post(work.responseUrl(), gson.toJson(SlashCommands.response(reply, type)))
                ? InboxWorkers.SENT : InboxWorkers.FAILED;
    }
}
