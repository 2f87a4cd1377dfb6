package talkbot.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import talkbot.chat.ChatRef;

/** Every setting, resolved and validated. Built by {@link SettingsLoader}. */
public record Settings(
        Path corpus,
        Path dataDir,
        Optional<Secret> telegramBotToken,
        URI telegramApiUrl,
        Optional<Secret> slackBotToken,
        Optional<Secret> slackSigningSecret,
        Optional<Secret> slackAppToken,
        URI slackApiUrl,
        int slackPort,
        LocalTime summaryTime,
        ZoneId summaryZone,
        List<ChatRef> staticSubscriptions,
        int rateLimitPerMinute) {

    public Settings {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(telegramBotToken, "telegramBotToken");
        Objects.requireNonNull(telegramApiUrl, "telegramApiUrl");
        Objects.requireNonNull(slackBotToken, "slackBotToken");
        Objects.requireNonNull(slackSigningSecret, "slackSigningSecret");
        Objects.requireNonNull(slackAppToken, "slackAppToken");
        Objects.requireNonNull(slackApiUrl, "slackApiUrl");
        Objects.requireNonNull(summaryTime, "summaryTime");
        Objects.requireNonNull(summaryZone, "summaryZone");
        staticSubscriptions = List.copyOf(staticSubscriptions);
    }

    public Settings withCorpus(Path corpus) {
        return new Settings(corpus, dataDir, telegramBotToken, telegramApiUrl, slackBotToken, slackSigningSecret,
                slackAppToken, slackApiUrl, slackPort, summaryTime, summaryZone, staticSubscriptions,
                rateLimitPerMinute);
    }
}
