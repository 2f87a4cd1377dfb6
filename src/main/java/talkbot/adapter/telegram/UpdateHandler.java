package talkbot.adapter.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.chat.ChatRef;
import talkbot.chat.ChatService;
import talkbot.chat.Command;
import talkbot.chat.CommandStyle;
import talkbot.chat.RateLimiter;
import talkbot.chat.Reply;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.adapter.delivery.SendGates;

/**
 * Handles one text message: routes it, holds the chat to its rate limit, asks {@link ChatService}
 * and sends the reply (in groups, as a reply to the asker's message), recording just before that
 * it is about to send. A failure while answering is logged (without the message's text or the
 * token) and the user gets {@link ChatService#apology()}; a failure to send is logged. Returns how
 * it ended, for the inbox.
 */
final class UpdateHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UpdateHandler.class);

    /** How commands are written on Telegram. */
    static final CommandStyle STYLE = c -> "/" + c.word() + (c == Command.ASK ? " QUESTION" : "");

    private final ChatService chat;
    private final MessageRouter router;
    private final ReplySender sender;
    private final RetryPolicy policy;
    private final RateLimiter limiter;
    private final RateLimiter slowDownNotices;
    private final Redactor redactor;
    private final SendGates gates;

    /**
     * @param limiter         questions (and commands) a chat may send; over it, the chat is told to slow down
     * @param slowDownNotices how often a chat is told so; further messages over the limit are dropped silently
     */
    UpdateHandler(ChatService chat, MessageRouter router, ReplySender sender, RetryPolicy policy,
            RateLimiter limiter, RateLimiter slowDownNotices, Redactor redactor, SendGates gates) {
        this.chat = chat;
        this.router = router;
        this.sender = sender;
        this.policy = policy;
        this.limiter = limiter;
        this.slowDownNotices = slowDownNotices;
        this.redactor = redactor;
        this.gates = gates;
    }

    /**
     * Answers {@code m}; {@code from} is the first message of the reply still to send (more than 0
     * when a reply in several messages was cut short by a stop, and its first ones went out).
     */
    String handle(IncomingMessage m, int from, InboxWorkers.Sending sending) throws InterruptedException {
        boolean replying = false;
        try {
            Route route = router.route(m);
            if (route instanceof Route.Ignore) {
                return InboxWorkers.IGNORED;
            }
            String chatId = Long.toString(m.chatId());
            if (from > 0 || limiter.tryAcquire(chatId)) { // the rest of a reply was let through already
                Reply reply = answer(m, route);
                replying = true;
                return send(m, reply, from, sending);
            }
            if (slowDownNotices.tryAcquire(chatId)) {
                LOG.info("telegram: chat {} is over its rate limit; asked it to slow down", Redactor.chatHash(chatId));
                replying = true;
                return send(m, ChatService.slowDown(), 0, sending);
            }
            return InboxWorkers.IGNORED;
        } catch (talkbot.store.StoreException e) {
            throw e; // a message was not recorded, so it did not go out: the inbox tries again from it later
        } catch (RuntimeException | Error e) {
            LOG.error("telegram: update {} failed", m.updateId(), redactor.and(m.text()).scrub(e));
            if (replying) {
                return apologise(m, sending);
            }
            return InboxWorkers.FAILED;
        }
    }

    /** Last resort after a failure past the answer (rendering, sending): a plain apology, if even that goes. */
    private String apologise(IncomingMessage m, InboxWorkers.Sending sending) throws InterruptedException {
        try {
            return send(m, ChatService.apology(), 0, sending);
        } catch (RuntimeException e) {
            LOG.error("telegram: cannot apologise for update {} ({})", m.updateId(), e.getClass().getName());
            return InboxWorkers.FAILED;
        }
    }

    private Reply answer(IncomingMessage m, Route route) {
        ChatRef ref = new ChatRef(TelegramPlatform.NAME, Long.toString(m.chatId()));
        try {
            if (route instanceof Route.Ask a) {
                return chat.ask(ref, a.question(), STYLE);
            }
            if (route instanceof Route.Run r) {
                return run(ref, r);
            }
            return Reply.text("I don't know that command. Send /help to see what I can do.");
        } catch (RuntimeException e) {
            LOG.error("telegram: answering update {} failed; sending an apology", m.updateId(),
                    redactor.and(m.text()).scrub(e));
            return ChatService.apology();
        }
    }

    private Reply run(ChatRef ref, Route.Run r) {
        return switch (r.command()) {
            case START -> chat.start(STYLE);
            case HELP -> chat.help(STYLE);
            case ASK -> chat.ask(ref, r.argument(), STYLE);
            case SUMMARY -> chat.summary(ref);
            case SOURCES -> chat.sources();
            case LATEST -> chat.latest();
            case SUBSCRIBE -> chat.subscribe(ref);
            case UNSUBSCRIBE -> chat.unsubscribe(ref);
        };
    }

    private String send(IncomingMessage m, Reply reply, int from, InboxWorkers.Sending sending) throws InterruptedException {
        ReplySender.Target target = new ReplySender.Target(Long.toString(m.chatId()),
                m.privateChat() ? null : m.messageId(), m.threadId());
        java.util.List<String> messages = TelegramHtml.messages(reply);
        // each message records itself as sending, just before its last byte goes: see SendGates
        SendGates.Gate gate = gates.open(target.chatId(), sending);
        ReplySender.Result result;
        boolean interrupted = false;
        try {
            result = sender.send(target, messages, from, i -> gate.part(i, messages.size()), policy, policy);
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
        LOG.warn("telegram: reply to update {} not delivered ({} of {} messages sent): {}", m.updateId(),
                result.delivered(), result.total(), redactor.redact(result.failure().toString()));
        return result.failure().kind() == ApiFailure.Kind.GONE ? InboxWorkers.GONE : InboxWorkers.FAILED;
    }
}
