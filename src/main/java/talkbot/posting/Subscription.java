package talkbot.posting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import talkbot.model.ChatRef;

/**
 * A chat that gets the daily summary, and why: it subscribed ({@code stored}, it can unsubscribe)
 * or the operator listed it in TALKBOT_SUBSCRIPTIONS ({@code configured}, only the config file
 * can remove it). A chat may be both.
 */
public record Subscription(ChatRef chat, boolean stored, boolean configured) {
    public Subscription {
        Objects.requireNonNull(chat, "chat");
        if (!stored && !configured) {
            throw new IllegalArgumentException("a subscription is stored, configured or both");
        }
    }

    /** Every subscription once: the configured ones first, in config order, then the stored ones in order made. */
    public static List<Subscription> merge(List<ChatRef> configured, List<ChatRef> stored) {
        Map<ChatRef, Subscription> all = new LinkedHashMap<>();
        for (ChatRef c : configured) {
            all.putIfAbsent(c, new Subscription(c, false, true));
        }
        for (ChatRef c : stored) {
            Subscription s = all.get(c);
            all.put(c, new Subscription(c, true, s != null));
        }
        return new ArrayList<>(all.values());
    }

    /** "stored", "static" (from TALKBOT_SUBSCRIPTIONS) or "static, stored": where the subscription comes from. */
    public String origin() {
        return configured && stored ? "static, stored" : configured ? "static" : "stored";
    }
}
