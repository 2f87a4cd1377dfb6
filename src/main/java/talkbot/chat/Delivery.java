package talkbot.chat;

/** How one attempt to post to a chat ended. */
public enum Delivery {
    /** The platform accepted the message. */
    SENT,
    /** A passing failure (429, network error, 5xx): try again later. */
    RETRY,
    /** The chat is gone for good (blocked the bot, channel archived or not found): unsubscribe it. */
    GONE
}
