package talkbot.chat;

/** Posts an unprompted message (the daily summary) to one chat of one platform. */
@FunctionalInterface
public interface Outbox {
    /** Posts once; never throws for platform failures, which it reports as {@link Delivery}. */
    Delivery deliver(String chatId, Reply reply);
}
