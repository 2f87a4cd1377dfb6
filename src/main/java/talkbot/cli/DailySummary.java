package talkbot.cli;

import java.util.List;
import talkbot.adapter.Platform;
import talkbot.config.Settings;
import talkbot.store.Store;
import talkbot.summary.DailySummaryScheduler;
import talkbot.summary.PostWriter;

/** Starts the daily summary posts for {@code run}: one post a day to every subscription. */
final class DailySummary {
    private DailySummary() {}

    static DailySummaryScheduler start(Settings settings, Store store, PostWriter posts, List<Platform> platforms) {
        DailySummaryScheduler daily = DailySummaryScheduler.create(settings, store, posts,
                DailySummaryScheduler.outboxes(platforms));
        daily.start();
        return daily;
    }
}
