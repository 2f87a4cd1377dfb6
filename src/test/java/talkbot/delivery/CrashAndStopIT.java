package talkbot.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar, mid-burst, killed with kill -9 and stopped with SIGTERM, then started again on
 * the same data directory: every message is answered, none twice. The one exception allowed is
 * one the bot itself reports as uncertain at its next start (a kill -9 in the microseconds around
 * a request's last byte): it is answered again, so it may be doubled, never lost. A wait for
 * answers ends after {@link DeliveryRun#STALL} without a new one.
 */
@org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class CrashAndStopIT {
    static final int MESSAGES = 600;
    static final List<DeliveryRun.Interruption> TRIALS = List.of(
            new DeliveryRun.Interruption(150, true), new DeliveryRun.Interruption(400, false));

    @TempDir
    Path dir;

    private static void check(DeliveryRun.Report r) {
        System.out.println(r.toJson());
        assertThat(r.lost()).as(r.toJson() + "\n" + r.lastOutput()).isZero();
        assertThat(r.duplicated()).as(r.toJson() + "\n" + r.lastOutput()).isLessThanOrEqualTo(r.resent());
        assertThat(r.termExits()).as(r.toJson()).containsOnly(0);
    }

    @Test
    void telegramAnswersEveryMessageOnceAcrossAKillAndAStop() throws Exception {
        try (TelegramSide side = new TelegramSide(50)) {
            check(DeliveryRun.run(side, MESSAGES, TRIALS, dir.resolve("data"), Duration.ofSeconds(120), Map.of()));
        }
    }

    @Test
    void slackAnswersEveryAcknowledgedEventOnceAcrossAKillAndAStop() throws Exception {
        try (SlackSide side = new SlackSide(16, 20)) {
            check(DeliveryRun.run(side, MESSAGES, TRIALS, dir.resolve("data"), Duration.ofSeconds(120), Map.of()));
        }
    }
}
