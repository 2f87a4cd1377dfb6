package talkbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkbot.adapter.Platform;
import talkbot.chat.Conversation;
import talkbot.config.Settings;
import talkbot.config.SettingsLoader;
import talkbot.posting.Subscription;
import talkbot.posting.SummaryPoster;
import talkbot.store.Store;

@Command(name = "post-summary", description = {
        "Post the daily summary now to every subscription, stored and configured (TALKBOT_SUBSCRIPTIONS), for operators.",
        "Each chat gets exactly what the scheduled post would send it now (what is new since its last post leads).",
        "It counts as today's post: the daily schedule does not post to those chats again today.",
        "Prints one line per chat with the outcome; exits 1 if any post failed."})
final class PostSummaryCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(PostSummaryCommand.class);

    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() {
        Core core = Core.loadSkippingBroken(Core.settings(corpus.corpus)); // as run loads it: the same post
        Settings settings = core.settings();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Clock clock = Clock.systemUTC();
        try (Store store = StoreChoice.open(settings)) {
            Conversation chat = Chats.forPlatforms(core, store);
            // only the outboxes are used: no platform is started, so nothing polls or listens
            List<Platform> platforms = Platforms.configured(settings, chat, store, core.corpus().articles().size());
            try {
                SummaryPoster poster = new SummaryPoster(store, core.posts(SettingsLoader.newsFromEnvironment().whenQuiet()),
                        DailySummary.outboxes(platforms), clock);
                List<Subscription> subscriptions =
                        Subscription.merge(settings.staticSubscriptions(), store.subscriptions());
                return postAll(subscriptions, poster, LocalDate.now(clock.withZone(settings.summaryZone())), out);
            } finally {
                for (Platform p : platforms) {
                    try {
                        p.close();
                    } catch (RuntimeException e) {
                        LOG.warn("closing {} failed", p.name(), e);
                    }
                }
            }
        }
    }

    /** Posts to each subscription in turn, one line each; 0 when every chat got its post, else 1. */
    static int postAll(List<Subscription> subscriptions, SummaryPoster poster, LocalDate day, PrintStream out) {
        if (subscriptions.isEmpty()) {
            out.println("No subscriptions: nothing to post.");
            return 0;
        }
        int ok = 0;
        for (Subscription s : subscriptions) {
            SummaryPoster.Result r = poster.postNow(s, day);
            out.println(s.chat() + " (" + s.origin() + "): " + r.detail());
            if (r.ok()) {
                ok++;
            }
        }
        out.println("Posted to " + ok + " of " + subscriptions.size() + (subscriptions.size() == 1 ? " chat." : " chats."));
        return ok == subscriptions.size() ? 0 : 1;
    }
}
