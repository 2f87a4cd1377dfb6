package talkbot.store;

import java.util.List;
import talkbot.model.ChatRef;

/** The chats that asked for the daily summary. Thread-safe; every write atomic. */
public interface Subscriptions {
    /** Subscribes a chat to the daily summary; false when it already was. */
    boolean subscribe(ChatRef chat);

    /** Ends a chat's subscription; false when it had none. */
    boolean unsubscribe(ChatRef chat);

    /** Every subscription, in the order they were made. */
    List<ChatRef> subscriptions();
}
