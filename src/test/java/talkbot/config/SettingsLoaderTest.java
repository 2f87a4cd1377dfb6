package talkbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.chat.ChatRef;

class SettingsLoaderTest {
    @Test
    void defaultsComeFromTheConfigFile() {
        Settings s = SettingsLoader.load(Map.of());
        assertThat(s.corpus()).isEqualTo(Path.of("corpus"));
        assertThat(s.dataDir()).isEqualTo(Path.of("data"));
        assertThat(s.telegramApiUrl().toString()).isEqualTo("https://api.telegram.org");
        assertThat(s.slackApiUrl().toString()).isEqualTo("https://slack.com/api/");
        assertThat(s.slackPort()).isEqualTo(3000);
        assertThat(s.summaryTime()).isEqualTo(LocalTime.of(8, 0));
        assertThat(s.summaryZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(s.telegramBotToken()).isEmpty();
        assertThat(s.staticSubscriptions()).isEmpty();
    }

    @Test
    void environmentVariablesOverrideEverySetting() {
        Settings s = SettingsLoader.load(Map.of(
                "TALKBOT_CORPUS", "/srv/corpus", "TALKBOT_DATA_DIR", "/var/talkbot",
                "TELEGRAM_BOT_TOKEN", "123:abc", "TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "SLACK_PORT", "3100", "TALKBOT_SUMMARY_TIME", "7:30", "TALKBOT_SUMMARY_ZONE", "UTC",
                "TALKBOT_SUBSCRIPTIONS", "telegram:-100123, slack:C0456"));
        assertThat(s.corpus()).isEqualTo(Path.of("/srv/corpus"));
        assertThat(s.dataDir()).isEqualTo(Path.of("/var/talkbot"));
        assertThat(s.telegramBotToken()).map(Secret::reveal).contains("123:abc");
        assertThat(s.telegramApiUrl().getPort()).isEqualTo(8081);
        assertThat(s.slackPort()).isEqualTo(3100);
        assertThat(s.summaryTime()).isEqualTo(LocalTime.of(7, 30));
        assertThat(s.summaryZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(s.staticSubscriptions()).containsExactly(new ChatRef("telegram", "-100123"), new ChatRef("slack", "C0456"));
    }

    @Test
    void deliveryLimitsHaveDefaultsAndCanBeSet() {
        Settings defaults = SettingsLoader.load(Map.of());
        assertThat(defaults.inboxLimit()).isEqualTo(10_000);
        assertThat(defaults.shutdownGrace()).isEqualTo(java.time.Duration.ofSeconds(10));
        assertThat(defaults.minFreeMb()).isEqualTo(64);
        Settings set = SettingsLoader.load(Map.of("TALKBOT_INBOX_LIMIT", "500", "TALKBOT_SHUTDOWN_GRACE", "3",
                "TALKBOT_MIN_FREE_MB", "0"));
        assertThat(set.inboxLimit()).isEqualTo(500);
        assertThat(set.shutdownGrace()).isEqualTo(java.time.Duration.ofSeconds(3));
        assertThat(set.minFreeMb()).isZero();
    }

    @Test
    void invalidValuesNameTheSettingInOneLine() {
        String[][] cases = {
            {"SLACK_PORT", "abc"}, {"SLACK_PORT", "70000"}, {"TALKBOT_SUMMARY_TIME", "25:00"},
            {"TALKBOT_SUMMARY_ZONE", "Mars/Base"}, {"TELEGRAM_API_URL", "ftp://x"}, {"TALKBOT_SUBSCRIPTIONS", "nochat"},
            {"TALKBOT_RATE_LIMIT", "0"}, {"TALKBOT_INBOX_LIMIT", "0"}, {"TALKBOT_SHUTDOWN_GRACE", "-1"},
            {"TALKBOT_MIN_FREE_MB", "lots"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> SettingsLoader.load(Map.of(c[0], c[1]))).as(c[0] + "=" + c[1])
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(c[0] + ":")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void secretsAreNeverReadFromFilesNorPrinted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("talkbot.properties");
        Files.writeString(file, "SLACK_BOT_TOKEN=xoxb-from.a.file\n");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_CONFIG", file.toString())))
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageContaining("environment only")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("xoxb-from.a.file"));
        Settings s = SettingsLoader.load(Map.of("SLACK_BOT_TOKEN", "xoxb-secret"));
        assertThat(s.toString()).doesNotContain("xoxb-secret");
    }
}
