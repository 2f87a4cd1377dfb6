package talkbot.adapter.telegram;

import java.time.Duration;
import java.util.Optional;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.store.Leadership;
import talkbot.store.StoreException;

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

    private final Leadership leadership;
    private final String role;
    /** Starts a poller from the offset the store holds now. */
    private final LongFunction<UpdatePoller> pollerFrom;
    private final java.util.function.LongSupplier offset;
    private final Thread thread;
    private volatile boolean closed;
    private Leadership.Lead lead;
    private UpdatePoller poller;

    PollingLeader(Leadership leadership, String role, java.util.function.LongSupplier offset,
            LongFunction<UpdatePoller> pollerFrom) {
        this.leadership = leadership;
        this.role = role;
        this.offset = offset;
        this.pollerFrom = pollerFrom;
        this.thread = new Thread(this::loop, "telegram-leader");
        thread.setDaemon(true);
    }

    /** Tries once now (so that a lone bot polls as soon as it starts), then keeps trying in the background. */
    void start() {
        tryLead();
        thread.start();
    }

    synchronized boolean leading() {
        return poller != null;
    }

    private synchronized void tryLead() {
        if (closed || poller != null) {
            return;
        }
        Optional<Leadership.Lead> got;
        try {
            got = leadership.tryLead(role);
        } catch (StoreException e) {
            LOG.warn("telegram: cannot ask the store who polls: {}", e.getMessage());
            return;
        }
        if (got.isEmpty()) {
            return;
        }
        lead = got.get();
        long from = offset.getAsLong();
        poller = pollerFrom.apply(from);
        poller.start();
        LOG.info("telegram: this replica polls now (from update {})", from);
    }

    private synchronized void checkLead() {
        if (poller != null && !lead.held()) {
            LOG.warn("telegram: lost the connection that holds the polling role; stopping polling");
            poller.close();
            poller = null;
            lead.close();
            lead = null;
        }
    }

    private void loop() {
        while (!closed) {
            try {
                Thread.sleep(RETRY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            checkLead();
            tryLead();
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        synchronized (this) {
            if (poller != null) {
                poller.close();
                poller = null;
            }
            if (lead != null) {
                lead.close();
                lead = null;
            }
        }
    }
}
