package talkbot.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import talkbot.answer.Answerer;
import talkbot.chat.ChatService;
import talkbot.chat.Conversation;
import talkbot.config.Settings;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.BotProfile;
import talkbot.store.Store;
import talkbot.summary.Summarizer;

/**
 * The conversation every platform talks through, assembled from the core, the store and the settings;
 * on a shared store the rate limit is counted there, across replicas.
 */
final class Chats {
    private Chats() {}

    /**
     * @param articles      what /sources and /latest list, asked at each (a running bot's corpus grows)
     * @param ratePerMinute questions one chat may ask a minute (the console has no limit: it is one person at a terminal)
     */
    static Conversation conversation(Settings s, BotProfile profile, Answerer answerer, Summarizer summarizer,
            Supplier<List<ArticleInfo>> articles, Store store, int ratePerMinute) {
        ChatService service = new ChatService(answerer, summarizer, articles, store, profile,
                ChatService.postTime(s.summaryTime(), s.summaryZone()), s.context());
        return new Conversation(service, store.feedback(),
                new Conversation.Options(ratePerMinute, Duration.ofDays(s.feedbackDays()), Clock.systemUTC(),
                        store.shared() ? store::countHit : null));
    }

    /** The conversation on a core that stays as it was loaded (the console, post-summary). */
    static Conversation conversation(Core core, Store store, int ratePerMinute) {
        List<ArticleInfo> infos = List.copyOf(core.corpus().infos());
        return conversation(core.settings(), core.profile(), core.answerer(), core.summarizer(), () -> infos, store,
                ratePerMinute);
    }

    /** The same, each chat held to TALKBOT_RATE_LIMIT. */
    static Conversation forPlatforms(Core core, Store store) {
        return conversation(core, store, core.settings().rateLimitPerMinute());
    }
}
