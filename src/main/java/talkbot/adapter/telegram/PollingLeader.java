package talkbot.adapter.telegram;

import java.time.Duration;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.store.Leadership;
import talkbot.store.RoleHolder;

/**
 * Long polling by one replica at a time: Telegram allows one getUpdates consumer per token. Each
 * replica asks the store for the role; the one that gets it polls, from the offset in the shared
 * store; the others ask again every {@link #RETRY}. When the leader dies, its lock dies with its
 * connection, and another replica takes over within {@code RETRY}. A leader that loses its
 * connection to the store stops polling. Owns its thread (a daemon).
 */
final class PollingLeader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollingLeader.class);
    static final Duration RETRY = Duration.ofSeconds(5);

    private final RoleHolder holder;

    PollingLeader(Leadership leadership, String role, LongSupplier offset, LongFunction<UpdatePoller> pollerFrom) {
        this.holder = new RoleHolder(leadership, role, RETRY, () -> {
            long from = offset.getAsLong();
            UpdatePoller poller = pollerFrom.apply(from);
            poller.start();
            LOG.info("telegram: this replica polls now (from update {})", from);
            return poller;
        }, "telegram: polling");
    }

    /** Tries once now (so that a lone bot polls as soon as it starts), then keeps trying in the background. */
    void start() {
        holder.start();
    }

    boolean leading() {
        return holder.holding();
    }

    @Override
    public void close() {
        holder.close();
    }
}
