package talkbot.cli;

import java.util.ArrayList;
import java.util.List;
import talkbot.adapter.Platform;
import talkbot.adapter.slack.SlackPlatform;
import talkbot.adapter.telegram.TelegramPlatform;
import talkbot.chat.Conversation;
import talkbot.config.Settings;
import talkbot.store.Store;

/** The chat platforms whose credentials are set: Telegram with TELEGRAM_BOT_TOKEN, Slack with SLACK_BOT_TOKEN. */
final class Platforms {
    static final String NONE_CONFIGURED = "no chat platform is configured: set TELEGRAM_BOT_TOKEN for Telegram, "
            + "or SLACK_BOT_TOKEN with SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) for Slack; "
            + "'chat' works without them";

    private Platforms() {}

    /** Whether any platform has its credentials set: {@link #configured} will start at least one. */
    static boolean any(Settings settings) {
        return settings.telegramBotToken().isPresent() || settings.slackBotToken().isPresent();
    }

    static List<Platform> configured(Settings settings, Conversation chat, Store store, int articleCount) {
        List<Platform> platforms = new ArrayList<>();
        settings.telegram().ifPresent(t -> platforms.add(new TelegramPlatform(t, chat, store)));
        settings.slack().ifPresent(s -> platforms.add(new SlackPlatform(s, chat, store, articleCount)));
        return platforms;
    }
}
