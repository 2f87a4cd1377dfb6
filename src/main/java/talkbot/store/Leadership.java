package talkbot.store;

import java.util.Optional;

/**
 * Who does what only one process may do at a time (Telegram long polling: one getUpdates consumer
 * per token). The embedded store has one process; the shared one elects with a lock that dies with
 * its holder.
 */
public interface Leadership {
    /** A role held until closed, or until the process (or its connection to the store) dies. */
    interface Lead extends AutoCloseable {
        /** Whether the role is still held (false once the connection that holds it is lost). */
        boolean held();

        @Override
        void close();
    }

    /** Takes the role {@code name} when nobody holds it; empty when another process does. */
    Optional<Lead> tryLead(String name);
}
