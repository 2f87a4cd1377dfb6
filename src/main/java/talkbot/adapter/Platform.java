package talkbot.adapter;

import talkbot.chat.Outbox;

/**
 * One chat platform running in front of the core (Telegram, Slack). {@code run} starts every
 * platform whose credentials are set, and closes them on shutdown: close stops taking new messages,
 * lets replies in progress finish within the shutdown grace (the rest stay in the store's inbox for
 * the next start), and releases threads and sockets.
 */
public interface Platform extends AutoCloseable {

    /** The platform's name as used in {@link talkbot.model.ChatRef#platform()}: "telegram", "slack". */
    String name();

    /** Puts the platform's routes (webhooks) on the bot's one HTTP server; call before {@link #start()}. */
    default void serveOn(talkbot.web.WebServer server) {}

    /** Connects and starts taking messages; returns once started. */
    void start() throws Exception;

    /** Posts unprompted messages (the daily summary) to this platform's chats. */
    Outbox outbox();

    @Override
    void close();
}
