package talkbot.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import talkbot.config.Settings;
import talkbot.posting.Subscription;
import talkbot.store.Store;

@Command(name = "subscriptions", description = {
        "List the chats that get the daily summary.",
        "Each is marked 'stored' (subscribed in the chat) or 'static' (listed in TALKBOT_SUBSCRIPTIONS), or both."})
final class SubscriptionsCommand implements Callable<Integer> {
    @Mixin
    CorpusOption corpus;

    @Override
    public Integer call() {
        Settings settings = Core.settings(corpus.corpus);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = StoreChoice.open(settings)) {
            list(Subscription.merge(settings.staticSubscriptions(), store.subscriptions()), settings, out);
        }
        return 0;
    }

    static void list(List<Subscription> subscriptions, Settings settings, PrintStream out) {
        int width = subscriptions.stream().mapToInt(s -> s.chat().toString().length()).max().orElse(0);
        for (Subscription s : subscriptions) {
            String chat = s.chat().toString();
            out.println(chat + " ".repeat(width - chat.length() + 2) + s.origin());
        }
        int n = subscriptions.size();
        out.println((n == 0 ? "No subscriptions" : n == 1 ? "1 subscription" : n + " subscriptions")
                + "; the daily summary is posted at " + settings.summaryTime() + " " + settings.summaryZone() + ".");
    }
}
