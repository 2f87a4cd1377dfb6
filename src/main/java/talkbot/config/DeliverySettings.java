package talkbot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What a platform's inbox needs: how many unanswered messages it holds before it refuses new ones
 * (TALKBOT_INBOX_LIMIT), how long answers in progress get on SIGTERM (TALKBOT_SHUTDOWN_GRACE), and
 * the disk it watches (TALKBOT_DATA_DIR, refusing below TALKBOT_MIN_FREE_MB free).
 */
public record DeliverySettings(int inboxLimit, Duration shutdownGrace, Path dataDir, long minFreeMb) {
    public DeliverySettings {
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        Objects.requireNonNull(dataDir, "dataDir");
    }

    public long minFreeBytes() {
        return minFreeMb * 1024 * 1024;
    }
}
