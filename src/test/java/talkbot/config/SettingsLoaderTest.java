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
import talkbot.FakeTokens;
import talkbot.model.ChatRef;

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
    void theConversationSettingsHaveDefaultsAndCanBeSet() {
        Settings defaults = SettingsLoader.load(Map.of());
        assertThat(defaults.context()).isEqualTo(java.time.Duration.ofMinutes(10));
        assertThat(defaults.feedbackDays()).isEqualTo(90);
        Settings set = SettingsLoader.load(Map.of("TALKBOT_CONTEXT_MINUTES", "0", "TALKBOT_FEEDBACK_DAYS", "7"));
        assertThat(set.context()).isZero();
        assertThat(set.feedbackDays()).isEqualTo(7);
    }

    @Test
    void invalidValuesNameTheSettingInOneLine() {
        String[][] cases = {
            {"SLACK_PORT", "abc"}, {"SLACK_PORT", "70000"}, {"TALKBOT_SUMMARY_TIME", "25:00"},
            {"TALKBOT_SUMMARY_ZONE", "Mars/Base"}, {"TELEGRAM_API_URL", "ftp://x"}, {"TALKBOT_SUBSCRIPTIONS", "nochat"},
            {"TALKBOT_RATE_LIMIT", "0"}, {"TALKBOT_RATE_LIMIT", "twenty"}, {"TALKBOT_LOG_LEVEL", "LOUD"},
            {"TALKBOT_SUBSCRIPTIONS", "whatsapp:123"}, {"TALKBOT_SUBSCRIPTIONS", "telegram:-100123,slack:general"},
            {"TALKBOT_SUBSCRIPTIONS", "telegram:abc"}, {"TALKBOT_SUMMARY_TIME", "8"}, {"TALKBOT_SUMMARY_TIME", "24:00"},
            {"SLACK_API_URL", "slack.com/api"}, {"TELEGRAM_API_URL", "https://"}, {"TALKBOT_DATA_DIR", " "},
            {"TALKBOT_CORPUS", "corpus\u0000x"}, {"SLACK_PORT", "0"}, {"SLACK_PORT", "3000.5"},
            {"TALKBOT_INBOX_LIMIT", "0"}, {"TALKBOT_SHUTDOWN_GRACE", "-1"},
            {"TALKBOT_MIN_FREE_MB", "lots"}, {"TALKBOT_CONTEXT_MINUTES", "-1"}, {"TALKBOT_CONTEXT_MINUTES", "1441"},
            {"TALKBOT_CONTEXT_MINUTES", "ten"}, {"TALKBOT_FEEDBACK_DAYS", "0"}, {"TALKBOT_FEEDBACK_DAYS", "90d"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> SettingsLoader.load(Map.of(c[0], c[1]))).as(c[0] + "=" + c[1])
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(c[0] + ":")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void whatIsExpectedIsNamedWithWhatWasGiven() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_LOG_LEVEL", "LOUD")))
                .hasMessage("TALKBOT_LOG_LEVEL: expected one of ERROR, WARN, INFO, DEBUG, TRACE or OFF, got 'LOUD'");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_SUBSCRIPTIONS", "telegram:-100123,whatsapp:123")))
                .hasMessage("TALKBOT_SUBSCRIPTIONS: expected telegram:CHAT-ID or slack:CHANNEL-ID, comma-separated "
                        + "(telegram:-1001234567890,slack:C0123456789), got 'whatsapp:123'");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("SLACK_PORT", "80\n81")))
                .hasMessage("SLACK_PORT: expected a whole number from 1 to 65535, got '80\\u000a81'");
    }

    @Test
    void validValuesOfEveryKindAreAccepted() {
        Settings s = SettingsLoader.load(Map.of("TALKBOT_LOG_LEVEL", "debug", "TALKBOT_SUBSCRIPTIONS",
                "telegram:@talks_channel, telegram:42, slack:G0123ABC, Slack:D024BE91L", "TALKBOT_SUMMARY_TIME", "23:59",
                "SLACK_APP_TOKEN", FakeTokens.slackApp("fake-app-token-for-tests"), "SLACK_SIGNING_SECRET", "fakeSigningSecretForTests0"));
        assertThat(s.staticSubscriptions()).containsExactly(new ChatRef("telegram", "@talks_channel"),
                new ChatRef("telegram", "42"), new ChatRef("slack", "G0123ABC"), new ChatRef("slack", "D024BE91L"));
        assertThat(s.summaryTime()).isEqualTo(LocalTime.of(23, 59));
        assertThat(s.slackAppToken()).isPresent();
    }

    @Test
    void aSecretOfTheWrongShapeIsNamedButNotShown() {
        String[][] cases = {
            {"TELEGRAM_BOT_TOKEN", "not a token"}, {"SLACK_BOT_TOKEN", FakeTokens.slackApp("swapped-with-the-app-token")},
            {"SLACK_APP_TOKEN", FakeTokens.slackBot("swapped-with-the-bot-token")}, {"SLACK_SIGNING_SECRET", "has spaces in it"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> SettingsLoader.load(Map.of(c[0], c[1]))).as(c[0])
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(c[0] + ": expected ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(c[1]).doesNotContain("\n"));
        }
    }

    @Test
    void anUnknownNameInTheConfigFileNamesTheClosestSetting(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("talkbot.properties");
        Files.writeString(file, "TALKBOT_RATE_LIMIT=10\nSLAK_PORT=3100\n");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_CONFIG", file.toString())))
                .isInstanceOf(ConfigException.class)
                .hasMessage("SLAK_PORT (in " + file + ") is not a talkbot setting: did you mean SLACK_PORT?");
        Files.writeString(file, "talkbot_summary_tme=07:00\n");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_CONFIG", file.toString())))
                .hasMessageEndingWith("did you mean TALKBOT_SUMMARY_TIME?");
        Files.writeString(file, "COLOUR=blue\n");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_CONFIG", file.toString())))
                .hasMessage("COLOUR (in " + file + ") is not a talkbot setting: the settings are listed in "
                        + SettingsLoader.CONFIG_FILE);
    }

    @Test
    void anUnknownTalkbotVariableIsATypoButOtherProgramsVariablesAreLeftAlone() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_SUMARY_ZONE", "UTC")))
                .hasMessage("TALKBOT_SUMARY_ZONE (in the environment) is not a talkbot setting: "
                        + "did you mean TALKBOT_SUMMARY_ZONE?");
        Settings s = SettingsLoader.load(Map.of("SLACK_WEBHOOK_URL", "https://hooks.example/x", "TELEGRAM_PROXY", "x"));
        assertThat(s.slackPort()).isEqualTo(3000);
    }

    @Test
    void theLogLevelAndTheConfigFileNameComeFromTheEnvironmentOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("talkbot.properties");
        Files.writeString(file, "TALKBOT_LOG_LEVEL=DEBUG\n");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_CONFIG", file.toString())))
                .hasMessageStartingWith("TALKBOT_LOG_LEVEL is set in " + file)
                .hasMessageContaining("environment only");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_CONFIG", dir.resolve("none").toString())))
                .hasMessageStartingWith("TALKBOT_CONFIG: no such file");
    }

    @Test
    void secretsAreNeverReadFromFilesNorPrinted(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("talkbot.properties");
        Files.writeString(file, "SLACK_BOT_TOKEN=" + FakeTokens.slackBot("from.a.file") + "\n");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_CONFIG", file.toString())))
                .hasMessageContaining("SLACK_BOT_TOKEN")
                .hasMessageContaining("environment only")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(FakeTokens.slackBot("from.a.file")));
        Settings s = SettingsLoader.load(Map.of("SLACK_BOT_TOKEN", FakeTokens.slackBot("secret")));
        assertThat(s.toString()).doesNotContain(FakeTokens.slackBot("secret"));
    }
}
