package talkbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings of a deployment: the one HTTP port, the shared database, Telegram's webhook. */
class DeploymentSettingsTest {
    @Test
    void oneProcessOnSqliteByDefaultAndTheHttpPortFollowsSlackPort() {
        Deployment d = SettingsLoader.load(Map.of("SLACK_PORT", "3100")).deployment();
        assertThat(d.httpPort()).isEqualTo(3100);
        assertThat(d.httpPortSet()).isFalse();
        assertThat(d.databaseUrl()).isEmpty();
        assertThat(d.telegramWebhookUrl()).isEmpty();
        assertThat(d.serveHttp()).isFalse();
    }

    @Test
    void talkbotHttpPortWinsOverSlackPort() {
        Deployment d = SettingsLoader.load(Map.of("SLACK_PORT", "3100", "TALKBOT_HTTP_PORT", "8080")).deployment();
        assertThat(d.httpPort()).isEqualTo(8080);
        assertThat(d.serveHttp()).isTrue();
    }

    @Test
    void aDatabaseWithCredentialsFromTheEnvironment() {
        Deployment d = SettingsLoader.load(Map.of("TALKBOT_DATABASE_URL", "jdbc:postgresql://db.internal:5432/talkbot",
                "TALKBOT_DATABASE_USER", "talkbot", "TALKBOT_DATABASE_PASSWORD", "s3cret-pw")).deployment();
        assertThat(d.databaseUrl()).contains("jdbc:postgresql://db.internal:5432/talkbot");
        assertThat(d.databaseUser()).map(Secret::reveal).contains("talkbot");
        assertThat(d.databasePassword()).map(Secret::reveal).contains("s3cret-pw");
        assertThat(d.toString()).doesNotContain("s3cret-pw");
        assertThat(d.serveHttp()).as("replicas serve /ready to their load balancer").isTrue();
    }

    @Test
    void aDatabaseUrlIsCheckedAndNeverHoldsThePassword() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_DATABASE_URL",
                "jdbc:postgresql://db:5432/talkbot?user=x&password=hunter2")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("TALKBOT_DATABASE_URL: holds a password; set it in TALKBOT_DATABASE_PASSWORD instead"
                        + " (the value is not shown)");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_DATABASE_URL", "postgres://db/talkbot")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("TALKBOT_DATABASE_URL: expected jdbc:postgresql://HOST:PORT/DATABASE, got 'postgres://db/talkbot'");
    }

    @Test
    void theDatabasePasswordAndWebhookSecretAreReadFromTheEnvironmentOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        for (String secret : new String[] {"TALKBOT_DATABASE_PASSWORD", "TALKBOT_DATABASE_USER", "TELEGRAM_WEBHOOK_SECRET"}) {
            java.nio.file.Path file = dir.resolve(secret + ".properties");
            java.nio.file.Files.writeString(file, secret + "=value\n");
            assertThatThrownBy(() -> SettingsLoader.load(Map.of("TALKBOT_CONFIG", file.toString())))
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(secret + " is set in " + file + ": it is read from the environment only");
        }
    }

    @Test
    void aWebhookNeedsItsSecret() {
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("TELEGRAM_WEBHOOK_SECRET: must be set with TELEGRAM_WEBHOOK_URL");
        Deployment d = SettingsLoader.load(Map.of("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook",
                "TELEGRAM_WEBHOOK_SECRET", "abc_DEF-123")).deployment();
        assertThat(d.telegramWebhookSecret()).map(Secret::reveal).contains("abc_DEF-123");
        assertThatThrownBy(() -> SettingsLoader.load(Map.of("TELEGRAM_WEBHOOK_URL", "https://x.org/h",
                "TELEGRAM_WEBHOOK_SECRET", "has spaces in it")))
                .isInstanceOf(ConfigException.class)
                .hasMessageNotContaining("has spaces");
    }
}
