package talkbot.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The settings of live news and the daily post's quiet days, resolved and validated; built by
 * {@link SettingsLoader#news}. Kept apart from {@link Settings} so that each part of the bot
 * reads only its own.
 *
 * @param feeds        RSS or Atom feeds to poll (TALKBOT_FEEDS); empty: none
 * @param feedInterval how often each feed is polled (TALKBOT_FEED_INTERVAL)
 * @param whenQuiet    the daily post when nothing is new (TALKBOT_SUMMARY_WHEN_QUIET)
 */
public record NewsSettings(List<URI> feeds, Duration feedInterval, WhenQuiet whenQuiet) {
    public static final Duration DEFAULT_FEED_INTERVAL = Duration.ofMinutes(15);

    public NewsSettings {
        feeds = List.copyOf(feeds);
        Objects.requireNonNull(feedInterval, "feedInterval");
        Objects.requireNonNull(whenQuiet, "whenQuiet");
    }

    /** No feeds, the default interval, short posts on quiet days. */
    public static NewsSettings defaults() {
        return new NewsSettings(List.of(), DEFAULT_FEED_INTERVAL, WhenQuiet.SHORT);
    }
}
