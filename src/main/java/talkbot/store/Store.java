package talkbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import talkbot.chat.ChatRef;

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

    /** Records that the summary for {@code day} was posted to {@code chat}, with the articles it covered. */
    void recordPost(ChatRef chat, LocalDate day, Instant at, Set<String> articleIds);

    /** Whether the summary for {@code day} was already posted to {@code chat}. */
    boolean posted(ChatRef chat, LocalDate day);

    /** The articles covered by the last post to {@code chat}, or empty when it never got one. */
    Optional<Set<String>> articlesInLastPost(ChatRef chat);

    /**
     * Remembers a key (a Slack event id, a Telegram update id) in a scope; true the first time,
     * false for every repeat, so that work keyed by it is done once across retries and restarts.
     */
    boolean firstSighting(String scope, String key);

    /** A named counter, such as the last Telegram update id handled. */
    OptionalLong cursor(String name);

    void saveCursor(String name, long value);

    @Override
    void close();
}
