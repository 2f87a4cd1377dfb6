package talkbot.cli;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import talkbot.adapter.Platform;
import talkbot.chat.Outbox;
import talkbot.config.Settings;
import talkbot.posting.DailySummaryScheduler;
import talkbot.posting.PostWriter;
import talkbot.store.Store;

/** The daily summary's wiring for {@code run} and {@code post-summary}: the settings' schedule, the platforms' outboxes. */
final class DailySummary {
    private DailySummary() {}

    /** Starts the daily posts: one a day to every subscription, at the settings' time and zone, on the system clock. */
    static DailySummaryScheduler start(Settings settings, Store store, PostWriter posts, List<Platform> platforms) {
        DailySummaryScheduler daily = new DailySummaryScheduler(Clock.systemUTC(), store, posts, outboxes(platforms),
                settings.staticSubscriptions(), settings.summaryTime(), settings.summaryZone());
        daily.start();
        return daily;
    }

    /** Each platform's outbox by its name. */
    static Map<String, Outbox> outboxes(Collection<? extends Platform> platforms) {
        Map<String, Outbox> out = new LinkedHashMap<>();
        for (Platform p : platforms) {
            if (out.put(p.name(), p.outbox()) != null) {
                throw new IllegalArgumentException("two platforms named " + p.name());
            }
        }
        return out;
    }
}
