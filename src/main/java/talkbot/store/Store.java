package talkbot.store;

/**
 * The bot's durable state, in small parts that each backend implements: {@link Subscriptions},
 * {@link PostLedger}, {@link Dedupe}, {@link Cursors}, {@link Inboxes}, {@link RateCounts},
 * {@link Leadership}, the votes ({@link #feedback()}) and the feed poller's state
 * ({@link #feedState()}). SQLite is the embedded default ({@link SqliteStore}); PostgreSQL
 * ({@link PostgresStore}) is shared by several replicas. Implementations are thread-safe and make
 * every write atomic.
 */
public interface Store extends Subscriptions, PostLedger, Dedupe, Cursors, Inboxes, RateCounts, Leadership,
        AutoCloseable {

    /** Where the state lives, for logs and errors (a file, or a database without its credentials). */
    String describe();

    /** Whether several processes share this store (and must claim work from it). */
    default boolean shared() {
        return false;
    }

    /** Empty when the store answers now; else what is wrong, in one line. */
    java.util.Optional<String> problem();

    /** Votes on answers. */
    Feedback feedback();

    /**
     * What the feed poller remembers (validators, entries dealt with), kept with this store and
     * closed with it: callers do not close it.
     */
    FeedState feedState();

    /**
     * The articles added while bots run, when several replicas share this store (each writes them
     * into its own corpus folder); empty for a store of one process, whose corpus folder is all.
     */
    default java.util.Optional<Articles> articles() {
        return java.util.Optional.empty();
    }

    @Override
    void close();
}
