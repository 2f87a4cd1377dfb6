package talkbot.adapter.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.adapter.delivery.SendGates;
import talkbot.chat.ChatService;
import talkbot.chat.Command;
import talkbot.chat.CommandStyle;
import talkbot.chat.Conversation;
import talkbot.chat.Input;
import talkbot.chat.Outcome;
import talkbot.chat.Reply;
import talkbot.chat.Request;
import talkbot.chat.Surface;
import talkbot.chat.Where;
import talkbot.model.ChatRef;

/**
 * Handles one message or button press from the inbox: parses it for the {@link Conversation}
 * (which holds the rate limit, the context and the commands) and carries out what it says — a
 * reply (in groups, replying to the asker's message), with its buttons; for a press, the answer to
 * the callback query (its toast) and the pressed message's new keyboard. Records, just before a
 * reply's last byte goes, that it is being sent. A failure while sending is logged (without the
 * message's text or the token) and the user gets {@link ChatService#apology()} when anything can
 * still be sent. Returns how it ended, for the inbox.
 *
 * <p>Conversations: a private chat is one; in a group each person has their own (and, in a forum,
 * their own per topic), so that two people asking at once never answer each other's follow-ups.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    /** How commands are written on Telegram. */
    static final CommandStyle STYLE = c -> "/" + c.word() + (c == Command.ASK ? " QUESTION" : "");
    static final Surface SURFACE = Surface.of(STYLE);

    private final Conversation conversation;
    private final MessageRouter router;
    private final ReplySender sender;
    private final BotApiCaller caller;
    private final RetryPolicy policy;
    private final Redactor redactor;
    private final SendGates gates;

    UpdateHandler(Conversation conversation, MessageRouter router, ReplySender sender, BotApiCaller caller,
            RetryPolicy policy, Redactor redactor, SendGates gates) {
        this.conversation = conversation;
        this.router = router;
        this.sender = sender;
        this.caller = caller;
        this.policy = policy;
        this.redactor = redactor;
        this.gates = gates;
    }

    /** A message or a press, as the inbox kept it. */
    String handle(String payload, InboxWorkers.Sending sending) throws InterruptedException {
        return handle(payload, 0, sending);
    }

    /**
     * The same; {@code from} is the first message of the reply still to send (more than 0 when a
     * reply in several messages was cut short by a stop, and its first ones went out).
     */
    String handle(String payload, int from, InboxWorkers.Sending sending) throws InterruptedException {
        return IncomingPress.isPress(payload) ? handle(IncomingPress.fromJson(payload), from, sending)
                : handle(IncomingMessage.fromJson(payload), from, sending);
    }

    String handle(IncomingMessage m, InboxWorkers.Sending sending) throws InterruptedException {
        return handle(m, 0, sending);
    }

    String handle(IncomingMessage m, int from, InboxWorkers.Sending sending) throws InterruptedException {
        Route route = router.route(m);
        if (route instanceof Route.Ignore) {
            return InboxWorkers.IGNORED;
        }
        // the rest of a reply cut short was let through the rate limit already
        Outcome outcome = conversation.handle(new Request(where(m), input(route), SURFACE, from > 0));
        if (outcome.reply() == null) {
            return InboxWorkers.IGNORED;
        }
        ReplySender.Target target = new ReplySender.Target(Long.toString(m.chatId()),
                m.privateChat() ? null : m.messageId(), m.threadId());
        return reply(target, outcome.reply(), from, sending, "update " + m.updateId(), m.text());
    }

    /**
     * A button pressed: the query is answered first (the button stops spinning, and its toast says
     * what happened), the pressed message's keyboard changes, then any reply goes to the chat, in a
     * group replying to the message whose button was pressed.
     */
    String handle(IncomingPress p, int from, InboxWorkers.Sending sending) throws InterruptedException {
        Where where = new Where(new ChatRef(TelegramPlatform.NAME, Long.toString(p.chatId())),
                conversationOf(p.privateChat(), p.fromId(), p.threadId()), Long.toString(p.fromId()));
        Outcome outcome = conversation.handle(new Request(where, new Input.Press(p.data()), SURFACE));
        answerQuery(p, outcome.notice());
        if (outcome.edited() != null) {
            editKeyboard(p, outcome.edited());
        }
        if (outcome.reply() == null) {
            return InboxWorkers.SENT;
        }
        ReplySender.Target target = new ReplySender.Target(Long.toString(p.chatId()),
                p.privateChat() ? null : p.messageId(), p.threadId());
        return reply(target, outcome.reply(), from, sending, "update " + p.updateId(), null);
    }

    private static Where where(IncomingMessage m) {
        String user = m.fromId() == null ? null : Long.toString(m.fromId());
        return new Where(new ChatRef(TelegramPlatform.NAME, Long.toString(m.chatId())),
                conversationOf(m.privateChat(), m.fromId(), m.threadId()), user);
    }

    /** A private chat is one conversation; in a group, each person's (per forum topic) is their own. */
    static String conversationOf(boolean privateChat, Long fromId, Integer threadId) {
        if (privateChat) {
            return "";
        }
        return "user:" + (fromId == null ? "?" : fromId) + (threadId == null ? "" : ":topic:" + threadId);
    }

    private static Input input(Route route) {
        if (route instanceof Route.Ask a) {
            return new Input.Ask(a.question());
        }
        if (route instanceof Route.Run r) {
            return new Input.Run(r.command(), r.argument());
        }
        return new Input.Unknown(((Route.Unknown) route).word());
    }

    private void answerQuery(IncomingPress p, String notice) throws InterruptedException {
        try {
            AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> b = AnswerCallbackQuery.builder().callbackQueryId(p.callbackId());
            if (notice != null) {
                b.text(notice);
            }
            caller.call(b.build(), RetryPolicy.once(java.time.Duration.ofSeconds(2)));
        } catch (BotApiCaller.CallFailedException e) {
            // a query answered late (or twice, after a restart) is refused: the press itself still counts
            LOG.info("telegram: could not answer a button press ({})", redactor.redact(e.failure().toString()));
        }
    }

    private void editKeyboard(IncomingPress p, Reply edited) throws InterruptedException {
        try {
            caller.call(EditMessageReplyMarkup.builder()
                    .chatId(Long.toString(p.chatId()))
                    .messageId(p.messageId())
                    .replyMarkup(TelegramKeyboard.edited(edited))
                    .build(), RetryPolicy.once(java.time.Duration.ofSeconds(2)));
        } catch (BotApiCaller.CallFailedException e) {
            LOG.info("telegram: could not change a pressed message's buttons ({})", redactor.redact(e.failure().toString()));
        }
    }

    /** Sends the reply; after a failure past the answer (rendering, sending), a plain apology if even that goes. */
    private String reply(ReplySender.Target target, Reply reply, int from, InboxWorkers.Sending sending, String what,
            String text) throws InterruptedException {
        try {
            return send(target, reply, from, sending, what);
        } catch (talkbot.store.StoreException e) {
            throw e; // a message was not recorded, so it did not go out: the inbox tries again from it later
        } catch (RuntimeException | Error e) {
            LOG.error("telegram: {} failed", what, text == null ? redactor.scrub(e) : redactor.and(text).scrub(e));
            try {
                return send(target, ChatService.apology(), 0, sending, what);
            } catch (RuntimeException again) {
                LOG.error("telegram: cannot apologise for {} ({})", what, again.getClass().getName());
                return InboxWorkers.FAILED;
            }
        }
    }

    private String send(ReplySender.Target target, Reply reply, int from, InboxWorkers.Sending sending, String what)
            throws InterruptedException {
        List<String> messages = TelegramHtml.messages(reply);
        // each message records itself as sending, just before its last byte goes: see SendGates
        SendGates.Gate gate = gates.open(target.chatId(), sending);
        ReplySender.Result result;
        boolean interrupted = false;
        try {
            result = sender.send(target, messages, from, i -> gate.part(i, messages.size()), TelegramKeyboard.of(reply),
                    policy, policy);
        } catch (InterruptedException e) {
            interrupted = true;
            throw e;
        } finally {
            if (!interrupted) { // else the client's call may still go out on its own thread: it must find the gate
                gates.close(target.chatId(), gate);
            }
        }
        if (!result.complete() && gate.storeFailure() != null) {
            throw gate.storeFailure(); // that message did not go out: the inbox tries again from it later
        }
        if (result.complete()) {
            return InboxWorkers.SENT;
        }
        LOG.warn("telegram: reply to {} not delivered ({} of {} messages sent): {}", what,
                result.delivered(), result.total(), redactor.redact(result.failure().toString()));
        return result.failure().kind() == ApiFailure.Kind.GONE ? InboxWorkers.GONE : InboxWorkers.FAILED;
    }
}
