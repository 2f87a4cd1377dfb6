package talkbot.adapter.slack;

/** Who the bot is in its workspace, from {@code auth.test}: its user id, bot id and user name (any may be null). */
record BotIdentity(String userId, String botId, String name) {
    static final BotIdentity UNKNOWN = new BotIdentity(null, null, null);
}
