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

    String handle(IncomingMessage m, InboxWorkers.Sending sending) throws InterruptedException {
        boolean replying = false;
        try {
            Route route = router.route(m);
            if (route instanceof Route.Ignore) {
                return InboxWorkers.IGNORED;
            }
            String chatId = Long.toString(m.chatId());
            Reply reply;
            if (limiter.tryAcquire(chatId)) {
                reply = answer(m, route);
            } else if (slowDownNotices.tryAcquire(chatId)) {
                LOG.info("telegram: chat {} is over its rate limit; asked it to slow down", Redactor.chatHash(chatId));
                reply = ChatService.slowDown();
            } else {
                return InboxWorkers.IGNORED;
            }
            replying = true;
            return send(m, reply, sending);
        } catch (talkbot.store.StoreException e) {
            throw e; // the send was not recorded, so nothing went out: the inbox tries again later
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
            return send(m, ChatService.apology(), sending);
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

    private String send(IncomingMessage m, Reply reply, InboxWorkers.Sending sending) throws InterruptedException {
        ReplySender.Target target = new ReplySender.Target(Long.toString(m.chatId()),
                m.privateChat() ? null : m.messageId(), m.threadId());
        java.util.List<String> messages = TelegramHtml.messages(reply);
        // the send records itself as sending, just before its last byte goes: see SendGates
        SendGates.Gate gate = gates.open(target.chatId(), sending);
        ReplySender.Result result;
        try {
            result = sender.send(target, messages, policy, policy);
        } finally {
            gates.close(target.chatId());
        }
        if (!result.complete() && result.delivered() == 0 && gate.storeFailure() != null) {
            throw gate.storeFailure(); // nothing went out: the inbox tries it again later
        }
        if (result.complete()) {
            return InboxWorkers.SENT;
        }
        LOG.warn("telegram: reply to update {} not delivered ({} of {} messages sent): {}", m.updateId(),
                result.delivered(), result.total(), redactor.redact(result.failure().toString()));
        return result.failure().kind() == ApiFailure.Kind.GONE ? InboxWorkers.GONE : InboxWorkers.FAILED;
    }
}
