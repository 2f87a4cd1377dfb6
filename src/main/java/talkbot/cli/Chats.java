package talkbot.cli;

import java.time.Clock;
import java.time.Duration;
import talkbot.chat.ChatService;
import talkbot.chat.Conversation;
import talkbot.config.Settings;
import talkbot.store.Store;

/** The conversation every platform talks through, assembled from the core, the store and the settings. */
final class Chats {
    private Chats() {}

    /** @param ratePerMinute questions one chat may ask a minute (the console has no limit: it is one person at a terminal) */
    static Conversation conversation(Core core, Store store, int ratePerMinute) {
        Settings s = core.settings();
        ChatService service = new ChatService(core.answerer(), core.summarizer(), core.corpus().infos(), store,
                core.profile(), ChatService.postTime(s.summaryTime(), s.summaryZone()), s.context());
        return new Conversation(service, store.feedback(),
                new Conversation.Options(ratePerMinute, Duration.ofDays(s.feedbackDays()), Clock.systemUTC()));
    }

    /** The conversation of the chat platforms: each chat held to TALKBOT_RATE_LIMIT. */
    static Conversation forPlatforms(Core core, Store store) {
        return conversation(core, store, core.settings().rateLimitPerMinute());
    }
}
