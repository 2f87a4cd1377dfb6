package talkbot.store;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs some work only while this process holds a role of the store's ({@link Leadership}): asks
 * for the role now and every {@code retry}; when it gets it, starts the work; when the role is lost
 * (the connection that held it died), stops the work and asks again. On a store of one process the
 * role is always had. Owns its thread (a daemon).
 */
public final class RoleHolder implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RoleHolder.class);

    private final Leadership leadership;
    private final String role;
    private final Duration retry;
    private final Supplier<AutoCloseable> work;
    private final String what;
    private final Thread thread;
    private volatile boolean closed;
    private Leadership.Lead lead;
    private AutoCloseable running;

    /**
     * @param work starts the work and returns what stops it
     * @param what the work, for logs ("telegram: polling")
     */
    public RoleHolder(Leadership leadership, String role, Duration retry, Supplier<AutoCloseable> work, String what) {
        this.leadership = Objects.requireNonNull(leadership, "leadership");
        this.role = Objects.requireNonNull(role, "role");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.work = Objects.requireNonNull(work, "work");
        this.what = Objects.requireNonNull(what, "what");
        this.thread = new Thread(this::loop, "talkbot-role-" + role);
        thread.setDaemon(true);
    }

    /** Asks once now (so that a lone bot starts its work at once), then keeps asking in the background. */
    public void start() {
        tryLead();
        thread.start();
    }

    /** Whether this process holds the role and runs the work. */
    public synchronized boolean holding() {
        return running != null;
    }

    private synchronized void tryLead() {
        if (closed || running != null) {
            return;
        }
        Optional<Leadership.Lead> got;
        try {
            got = leadership.tryLead(role);
        } catch (StoreException e) {
            LOG.warn("{}: cannot ask the store who does it: {}", what, e.getMessage());
            return;
        }
        if (got.isEmpty()) {
            return;
        }
        lead = got.get();
        try {
            running = work.get();
        } catch (RuntimeException e) {
            LOG.error("{}: cannot start: {}", what, e.toString());
            lead.close();
            lead = null;
        }
    }

    private synchronized void checkLead() {
        if (running != null && !lead.held()) {
            LOG.warn("{}: lost the connection that holds the role; stopping", what);
            stop();
        }
    }

    private void stop() {
        try {
            running.close();
        } catch (Exception e) {
            LOG.warn("{}: while stopping: {}", what, e.toString());
        }
        running = null;
        lead.close();
        lead = null;
    }

    private void loop() {
        while (!closed) {
            try {
                Thread.sleep(retry.toMillis());
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
            if (running != null) {
                stop();
            } else if (lead != null) {
                lead.close();
                lead = null;
            }
        }
    }
}
