package talkbot.adapter.slack;

/** Who the bot is in its workspace, from {@code auth.test}: its user id and bot id (either may be null). */
record BotIdentity(String userId, String botId) {
    static final BotIdentity UNKNOWN = new BotIdentity(null, null);
}
