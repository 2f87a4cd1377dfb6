package talkbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import talkbot.FakeTokens;

/** Each platform adapter gets a settings record of its own: its platform's keys and the inbox's limits, nothing else. */
class AdapterSettingsTest {
    static final String TELEGRAM = FakeTokens.telegramShaped("000", "fake-telegram-token-for-settings");
    static final String SLACK = FakeTokens.slackBot("fake-slack-token-for-settings");

    @Test
    void telegramGetsItsTokenApiWebhookAndInboxLimits() {
        Settings s = SettingsLoader.load(Map.of("TELEGRAM_BOT_TOKEN", TELEGRAM, "TELEGRAM_API_URL", "http://127.0.0.1:8081",
                "TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook",
                "TELEGRAM_WEBHOOK_SECRET", "hook-secret_1", "TALKBOT_INBOX_LIMIT", "500", "TALKBOT_SHUTDOWN_GRACE", "7",
                "TALKBOT_DATA_DIR", "/var/lib/talkbot", "TALKBOT_MIN_FREE_MB", "2"));
        TelegramSettings t = s.telegram().orElseThrow();
        assertThat(t.botToken().reveal()).isEqualTo(TELEGRAM);
        assertThat(t.apiUrl()).isEqualTo(URI.create("http://127.0.0.1:8081"));
        assertThat(t.webhookUrl()).contains(URI.create("https://bot.example.org/telegram/webhook"));
        assertThat(t.webhookSecret()).map(Secret::reveal).contains("hook-secret_1");
        assertThat(t.delivery()).isEqualTo(new DeliverySettings(500, Duration.ofSeconds(7), Path.of("/var/lib/talkbot"), 2));
        assertThat(t.delivery().minFreeBytes()).isEqualTo(2L * 1024 * 1024);
        assertThat(t.toString()).doesNotContain(TELEGRAM).doesNotContain("hook-secret_1");
        assertThat(s.slack()).as("no Slack token: no Slack settings").isEmpty();
    }

    @Test
    void slackGetsItsTokensApiAndPortAndNothingOfTelegrams() {
        Settings s = SettingsLoader.load(Map.of("SLACK_BOT_TOKEN", SLACK, "SLACK_SIGNING_SECRET",
                "fakeSigningSecretForTests0", "SLACK_PORT", "3100"));
        SlackSettings slack = s.slack().orElseThrow();
        assertThat(slack.botToken().reveal()).isEqualTo(SLACK);
        assertThat(slack.signingSecret()).map(Secret::reveal).contains("fakeSigningSecretForTests0");
        assertThat(slack.appToken()).isEmpty();
        assertThat(slack.port()).isEqualTo(3100);
        assertThat(slack.delivery()).isEqualTo(s.delivery());
        assertThat(slack.toString()).doesNotContain(SLACK).doesNotContain("fakeSigningSecret");
        assertThat(s.telegram()).isEmpty();
    }

    @Test
    void aWebhookWithoutItsSecretIsRefused() {
        DeliverySettings d = new DeliverySettings(1, Duration.ZERO, Path.of("data"), 0);
        assertThatThrownBy(() -> new TelegramSettings(new Secret(TELEGRAM), URI.create("https://api.telegram.org"),
                Optional.of(URI.create("https://bot.example.org/hook")), Optional.empty(), d))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TELEGRAM_WEBHOOK_SECRET: must be set with TELEGRAM_WEBHOOK_URL");
    }
}
