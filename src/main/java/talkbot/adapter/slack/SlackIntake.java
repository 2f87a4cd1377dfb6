package talkbot.adapter.slack;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.store.Inbox;
import talkbot.store.StoreException;

/**
 * Takes a Slack message into the inbox on the request thread, before it is acknowledged, waiting
 * no longer than {@code budget}: Slack wants its acknowledgement within 3 seconds, and one that
 * is late or not 200 makes it send the event again, which is what a refusal should do. A store
 * that cannot write (locked by another process, disk full, read-only) is said once in the log,
 * and again when it writes again.
 */
final class SlackIntake {
    private static final Logger LOG = LoggerFactory.getLogger(SlackIntake.class);

    enum Verdict { TAKEN, REFUSED }

    private final InboxWorkers workers;
    private final Duration budget;
    private final AtomicBoolean failing = new AtomicBoolean();

    SlackIntake(InboxWorkers workers, Duration budget) {
        this.workers = workers;
        this.budget = budget;
    }

    /** TAKEN when the message is in the inbox (now or from before: a repeated key); REFUSED otherwise. */
    Verdict take(SlackWork work) {
        try {
            workers.accept(List.of(new Inbox.Arrival(work.key(), work.channel(), work.toJson())), null)
                    .get(budget.toMillis(), TimeUnit.MILLISECONDS);
            if (failing.compareAndSet(true, false)) {
                LOG.info("slack: the inbox takes messages again");
            }
            return Verdict.TAKEN;
        } catch (TimeoutException e) {
            failed("the store did not write it within " + budget.toMillis() + " ms");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StoreException s) {
                failed(s.getMessage());
            } else if (!(e.getCause() instanceof InboxWorkers.Refused)) {
                failed(String.valueOf(e.getCause()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Verdict.REFUSED;
    }

    private void failed(String why) {
        if (failing.compareAndSet(false, true)) {
            LOG.warn("slack: cannot take messages into the inbox, so they are refused (503) for Slack to send again: {}", why);
        }
    }
}
