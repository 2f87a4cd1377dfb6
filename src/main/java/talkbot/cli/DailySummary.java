package talkbot.cli;

import java.util.List;
import talkbot.adapter.Platform;
import talkbot.store.Store;
import talkbot.summary.DailySummaryScheduler;

/** Starts the daily summary posts for {@code run}: one post a day to every subscription. */
final class DailySummary {
    private DailySummary() {}

    static DailySummaryScheduler start(Core core, Store store, List<Platform> platforms) {
        DailySummaryScheduler daily = DailySummaryScheduler.create(core.settings(), store, core.summarizer(),
                DailySummaryScheduler.outboxes(platforms));
        daily.start();
        return daily;
    }
}
