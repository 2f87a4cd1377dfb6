package talkbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import talkbot.model.ChatRef;

/**
 * The bot's durable state. SQLite is the embedded default ({@link SqliteStore}); everything goes
 * through this interface so that a shared PostgreSQL store can serve several bot instances later.
 * Implementations are thread-safe and make every write atomic.
 */
public interface Store extends AutoCloseable {

    /** Subscribes a chat to the daily summary; false when it already was. */
    boolean subscribe(ChatRef chat);

    /** Ends a chat's subscription; false when it had none. */
    boolean unsubscribe(ChatRef chat);

    /** Every subscription, in the order they were made. */
    List<ChatRef> subscriptions();

    /**
     * Claims the post of {@code day}'s summary to {@code chat} before sending it: true for the one
     * caller that gets the claim, false when the day's post was already claimed or recorded (by
     * this process before a restart, or by another instance sharing the store). Atomic, so that
     * two callers can never both get it. A claim stays until {@link #recordPost} confirms it or
     * {@link #releasePost} gives it up.
     */
    boolean claimPost(ChatRef chat, LocalDate day, Instant at);

    /**
     * Gives up an unconfirmed claim after a send that definitely failed, so that it can be tried
     * again; does nothing to a recorded post.
     */
    void releasePost(ChatRef chat, LocalDate day);

    /**
     * Records that the summary for {@code day} was posted to {@code chat}, with the articles it
     * covered; confirms a claim, or records a post made without one (an operator's post-summary).
     */
    void recordPost(ChatRef chat, LocalDate day, Instant at, Set<String> articleIds);

    /** Whether the summary for {@code day} was posted (recorded) to {@code chat}; a bare claim is not. */
    boolean posted(ChatRef chat, LocalDate day);

    /** The articles covered by the last recorded post to {@code chat}, or empty when it never got one. */
    Optional<Set<String>> articlesInLastPost(ChatRef chat);

    /**
     * Remembers a key (a Slack event id, a Telegram update id) in a scope; true the first time,
     * false for every repeat, so that work keyed by it is done once across retries and restarts.
     */
    boolean firstSighting(String scope, String key);

    /** A named counter, such as the last Telegram update id handled. */
    OptionalLong cursor(String name);

    void saveCursor(String name, long value);

    /** The durable inbox of one platform's incoming messages. */
    Inbox inbox(String platform);

    /** Votes on answers. */
    Feedback feedback();

    @Override
    void close();
}
