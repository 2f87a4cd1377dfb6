package talkbot.adapter.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.chat.ChatRef;
import talkbot.chat.ChatService;
import talkbot.chat.Command;
import talkbot.chat.CommandStyle;
import talkbot.chat.RateLimiter;
import talkbot.chat.Reply;

/**
 * Handles one text message: routes it, holds the chat to its rate limit, asks {@link ChatService}
 * and sends the reply (in groups, as a reply to the asker's message). Never throws: a failure
 * while answering is logged (without the message's text or the token) and the user gets
 * {@link ChatService#apology()}; a failure to send is logged.
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

    /**
     * @param limiter         questions (and commands) a chat may send; over it, the chat is told to slow down
     * @param slowDownNotices how often a chat is told so; further messages over the limit are dropped silently
     */
    UpdateHandler(ChatService chat, MessageRouter router, ReplySender sender, RetryPolicy policy,
            RateLimiter limiter, RateLimiter slowDownNotices, Redactor redactor) {
        this.chat = chat;
        this.router = router;
        this.sender = sender;
        this.policy = policy;
        this.limiter = limiter;
        this.slowDownNotices = slowDownNotices;
        this.redactor = redactor;
    }

    void handle(IncomingMessage m) {
        boolean replying = false;
        try {
            Route route = router.route(m);
            if (route instanceof Route.Ignore) {
                return;
            }
            String chatId = Long.toString(m.chatId());
            Reply reply;
            if (limiter.tryAcquire(chatId)) {
                reply = answer(m, route);
            } else if (slowDownNotices.tryAcquire(chatId)) {
                LOG.info("telegram: chat {} is over its rate limit; asked it to slow down", Redactor.chatHash(chatId));
                reply = ChatService.slowDown();
            } else {
                return;
            }
            replying = true;
            send(m, reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            LOG.error("telegram: update {} failed", m.updateId(), redactor.and(m.text()).scrub(e));
            if (replying) {
                apologise(m);
            }
        }
    }

    /** Last resort after a failure past the answer (rendering, sending): a plain apology, if even that goes. */
    private void apologise(IncomingMessage m) {
        try {
            send(m, ChatService.apology());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("telegram: cannot apologise for update {} ({})", m.updateId(), e.getClass().getName());
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
            case SUBSCRIBE -> chat.subscribe(ref);
            case UNSUBSCRIBE -> chat.unsubscribe(ref);
        };
    }

    private void send(IncomingMessage m, Reply reply) throws InterruptedException {
        ReplySender.Target target = new ReplySender.Target(Long.toString(m.chatId()),
                m.privateChat() ? null : m.messageId(), m.threadId());
        ReplySender.Result result = sender.send(target, reply, policy, policy);
        if (!result.complete()) {
            LOG.warn("telegram: reply to update {} not delivered ({} of {} messages sent): {}", m.updateId(),
                    result.delivered(), result.total(), redactor.redact(result.failure().toString()));
        }
    }
}
