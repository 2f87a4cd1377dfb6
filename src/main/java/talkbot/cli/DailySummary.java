package talkbot.cli;

import java.util.List;
import talkbot.adapter.Platform;
import talkbot.store.Store;

/** Starts the daily summary posts for {@code run}. */
final class DailySummary {
    private DailySummary() {}

    static AutoCloseable start(Core core, Store store, List<Platform> platforms) {
        return () -> { };
    }
}
