package talkbot.cli;

import java.util.ArrayList;
import java.util.List;
import talkbot.adapter.Platform;
import talkbot.chat.ChatService;
import talkbot.config.Settings;
import talkbot.store.Store;

/** The chat platforms whose credentials are set: Telegram with TELEGRAM_BOT_TOKEN, Slack with SLACK_BOT_TOKEN. */
final class Platforms {
    private Platforms() {}

    static List<Platform> configured(Settings settings, ChatService chat, Store store, int articleCount) {
        List<Platform> platforms = new ArrayList<>();
        // The Telegram and Slack adapters are added here as they land.
        return platforms;
    }
}
