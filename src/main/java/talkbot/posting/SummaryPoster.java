package talkbot.posting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.model.ChatRef;
import talkbot.chat.ChatService;
import talkbot.chat.Delivery;
import talkbot.chat.Outbox;
import talkbot.store.Store;
import talkbot.summary.Summarizer;
import talkbot.summary.Summary;

/**
 * Posts the summary to one chat, once: builds the chat's summary (what is new since its last
 * recorded post leads), sends it through the platform's {@link Outbox}, and keeps the store in
 * step. Retrying is the caller's business ({@link DailySummaryScheduler} backs off; the
 * {@code post-summary} command reports). Thread-safe when its store, writer and outboxes are.
 */
public final class SummaryPoster {
    private static final Logger LOG = LoggerFactory.getLogger(SummaryPoster.class);

    /** How one post ended. */
    public enum Status {
        /** The platform took the post (and it was recorded, unless the detail says otherwise). */
        SENT,
        /** The day's post to this chat was already recorded or claimed: nothing sent. */
        ALREADY_POSTED,
        /** A passing failure (429, network, 5xx, or an error of ours): nothing recorded; try again later. */
        RETRY,
        /** The chat is gone (blocked the bot, channel archived or not found): unsubscribed. */
        GONE,
        /** No outbox for the chat's platform (its adapter is not configured): skipped, still subscribed. */
        NO_OUTBOX,
        /** Nothing new since the chat's last post and TALKBOT_SUMMARY_WHEN_QUIET=skip: recorded, not sent. */
        QUIET
    }

    /** The outcome of one post, with a one-line explanation for people. */
    public record Result(Subscription subscription, Status status, String detail) {
        public Result {
            Objects.requireNonNull(subscription, "subscription");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(detail, "detail");
        }

        public ChatRef chat() {
            return subscription.chat();
        }

        /** Whether the chat has its post: sent now or before. */
        public boolean ok() {
            return status == Status.SENT || status == Status.ALREADY_POSTED || status == Status.QUIET;
        }
    }

    private final Store store;
    private final PostWriter writer;
    private final Map<String, Outbox> outboxes;
    private final Clock clock;

    /** Posts what {@code writer} writes for each chat: the daily post ({@link DailyPostWriter}). */
    public SummaryPoster(Store store, PostWriter writer, Map<String, Outbox> outboxes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.outboxes = Map.copyOf(outboxes);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Posts the whole summary as {@code /summary} shows it, never skipping a day. */
    public SummaryPoster(Store store, Summarizer summarizer, Map<String, Outbox> outboxes, Clock clock) {
        this(store, wholeSummary(summarizer), outboxes, clock);
    }

    /** The summary as /summary shows it, as a daily post. */
    static PostWriter wholeSummary(Summarizer summarizer) {
        Objects.requireNonNull(summarizer, "summarizer");
        return (seen, day, platform) -> {
            Summary s = summarizer.summarize(seen);
            return new DailyPost(ChatService.render(s), s.articleIds());
        };
    }

    /** Whether the chat's platform has an outbox to post through. */
    public boolean canPost(ChatRef chat) {
        return outboxes.containsKey(chat.platform());
    }

    /**
     * Posts {@code day}'s summary to the chat unless it already has it: at most once per chat and
     * day, across restarts and across instances sharing the store.
     *
     * <p><b>Order: claim, send, confirm.</b> The claim is written (and committed) before the send;
     * a definite failure (RETRY, GONE, an error before or while sending) gives it back so that the
     * post can be tried again; a SENT confirms it with the articles it covered. A process killed
     * between the send and the confirmation leaves the claim behind, so the restarted bot does
     * not post again: the common case of a crash around the send cannot double-post. The price is
     * the opposite rare case: killed after claiming but before the platform took the message, the
     * chat misses that day's post (the restart finds the claim, logs that it was never confirmed,
     * and leaves it). Sending first and recording after would make that trade the other way round
     * (a crash between the two posts twice), and for a daily digest a duplicate in every
     * subscribed chat is worse than one missed morning. The claim is also what keeps several bot
     * instances on one shared store from posting the same summary twice.
     */
    public Result postOnce(Subscription sub, LocalDate day) {
        ChatRef chat = sub.chat();
        Outbox outbox = outboxes.get(chat.platform());
        if (outbox == null) {
            return noOutbox(sub);
        }
        if (!store.claimPost(chat, day, clock.instant())) {
            if (!store.posted(chat, day)) {
                if (store.shared()) {
                    LOG.info("summary: the {} post to {} is claimed by another replica (or was, before a restart);"
                            + " not posting it here", day, logName(sub));
                } else {
                    LOG.warn("summary: the {} post to {} was claimed but never confirmed (a restart between claiming"
                            + " and sending?); not posting it again", day, logName(sub));
                }
                return new Result(sub, Status.ALREADY_POSTED, "claimed earlier today but not confirmed; not posted again");
            }
            return new Result(sub, Status.ALREADY_POSTED, "already posted today");
        }
        Attempt attempt = send(chat, day, outbox);
        if (attempt.error() != null) {
            LOG.error("summary: posting to {} failed; to be tried again", logName(sub), attempt.error());
            giveBack(sub, day);
            return new Result(sub, Status.RETRY, "error: " + attempt.error());
        }
        if (attempt.post().skipped()) {
            return record(sub, day, attempt.post());
        }
        switch (attempt.delivery()) {
            case SENT:
                return record(sub, day, attempt.post());
            case GONE:
                giveBack(sub, day);
                return gone(sub);
            case RETRY:
            default:
                giveBack(sub, day);
                return retry(sub);
        }
    }

    /**
     * One delivery of the chat's post: what was sent and how it went (no delivery when the post is
     * skipped), or the error that stopped it.
     */
    private record Attempt(DailyPost post, Delivery delivery, RuntimeException error) {}

    private Attempt send(ChatRef chat, LocalDate day, Outbox outbox) {
        try {
            DailyPost post = writer.write(store.articlesInLastPost(chat).orElse(null), day, chat.platform());
            if (post.skipped()) {
                return new Attempt(post, null, null);
            }
            return new Attempt(post, outbox.deliver(chat.chatId(), post.reply()), null);
        } catch (RuntimeException e) {
            return new Attempt(null, null, e);
        }
    }

    /**
     * Posts the summary to the chat now, whether or not it had {@code day}'s post (an operator's
     * explicit request), and records it as {@code day}'s post so that the schedule does not post
     * to it again that day.
     */
    public Result postNow(Subscription sub, LocalDate day) {
        ChatRef chat = sub.chat();
        Outbox outbox = outboxes.get(chat.platform());
        if (outbox == null) {
            return noOutbox(sub);
        }
        Attempt attempt = send(chat, day, outbox);
        if (attempt.error() != null) {
            LOG.error("summary: posting to {} failed", logName(sub), attempt.error());
            return new Result(sub, Status.RETRY, "error: " + attempt.error());
        }
        if (attempt.post().skipped()) {
            return record(sub, day, attempt.post());
        }
        return switch (attempt.delivery()) {
            case SENT -> record(sub, day, attempt.post());
            case GONE -> gone(sub);
            case RETRY -> retry(sub);
        };
    }

    /** Records the post (a skipped one too, so that the day is done and the next post compares with the same articles). */
    private Result record(Subscription sub, LocalDate day, DailyPost post) {
        Status status = post.skipped() ? Status.QUIET : Status.SENT;
        try {
            store.recordPost(sub.chat(), day, clock.instant(), post.articleIds());
        } catch (RuntimeException e) {
            // The post is out: leave any claim in place rather than risk posting twice.
            LOG.error("summary: {} {} but could not record it", post.skipped() ? "skipped the post to" : "posted to",
                    logName(sub), e);
            return new Result(sub, status, (post.skipped() ? "skipped" : "sent") + ", but not recorded: " + e.getMessage());
        }
        if (post.skipped()) {
            LOG.info("summary: nothing new for {} since its last post: the {} post is skipped", logName(sub), day);
            return new Result(sub, status, "skipped: no new articles since the last post (TALKBOT_SUMMARY_WHEN_QUIET=skip)");
        }
        talkbot.metrics.BotMetrics.dailyPost(sub.chat().platform());
        LOG.info("summary: posted the {} summary to {}", day, logName(sub));
        return new Result(sub, status, "sent");
    }

    private Result gone(Subscription sub) {
        ChatRef chat = sub.chat();
        if (sub.stored()) {
            try {
                store.unsubscribe(chat);
            } catch (RuntimeException e) {
                LOG.error("summary: {} is gone but could not be unsubscribed", logName(sub), e);
                return new Result(sub, Status.GONE, "gone (blocked the bot or removed), but unsubscribing failed");
            }
            LOG.info("summary: {} is gone (blocked the bot, or the channel was archived or removed); unsubscribed",
                    logName(sub));
        }
        if (sub.configured()) {
            LOG.warn("summary: {} is gone (blocked the bot, or the channel was archived or removed); it is listed in"
                    + " TALKBOT_SUBSCRIPTIONS: remove it there", chat);
            return new Result(sub, Status.GONE, "gone (blocked the bot or removed): remove it from TALKBOT_SUBSCRIPTIONS");
        }
        return new Result(sub, Status.GONE, "gone (blocked the bot or removed): unsubscribed");
    }

    private Result retry(Subscription sub) {
        return new Result(sub, Status.RETRY, "not delivered (rate limit, network or server error); try again later");
    }

    private Result noOutbox(Subscription sub) {
        ChatRef chat = sub.chat();
        return new Result(sub, Status.NO_OUTBOX, "skipped: " + chat.platform() + " is not set up here (its token is not set); still subscribed");
    }

    private void giveBack(Subscription sub, LocalDate day) {
        try {
            store.releasePost(sub.chat(), day);
        } catch (RuntimeException e) {
            // The claim stays, so the chat misses this day's post rather than risking a duplicate.
            LOG.error("summary: could not release the claim on the {} post to {}; it will not be retried today",
                    day, logName(sub), e);
        }
    }

    /**
     * A chat as logs show it: platform and a hash of the id (the first 12 hex digits of its
     * SHA-256, as the question log does), or the id itself for chats the operator configured.
     */
    static String logName(Subscription sub) {
        ChatRef chat = sub.chat();
        return sub.configured() ? chat.toString() : chat.platform() + ":#" + chat.hashedId();
    }
}
