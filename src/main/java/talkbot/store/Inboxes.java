package talkbot.store;

/** The durable inboxes, one per platform. */
public interface Inboxes {
    /** The durable inbox of one platform's incoming messages. */
    Inbox inbox(String platform);
}
