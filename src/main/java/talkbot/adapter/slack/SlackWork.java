package talkbot.adapter.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Slack message waiting in the inbox: a mention or DM ({@link #EVENT}, answered with
 * chat.postMessage in {@code channel}, in {@code threadTs} when set), a slash command
 * ({@link #COMMAND}, answered in its acknowledgement when ready in time, else at
 * {@code responseUrl}) or a button of the bot's pressed ({@link #ACTION}: {@code text} is the
 * button's value; the pressed message is changed through {@code responseUrl}, and an answer goes
 * where that message is: in its thread, or privately when it was {@code ephemeral}). {@code key}
 * is the inbox key (event id, the command's trigger id, the action's time stamp);
 * {@code conversation} is the conversation within the channel whose context follow-ups read (a
 * thread, or one person's slash commands; "" for a DM); {@code user} who wrote or pressed;
 * {@code command} the slash command's name as Slack sent it ("/talks").
 */
record SlackWork(String kind, String key, String channel, String threadTs, String text, String responseUrl,
        boolean share, String conversation, String user, String command, boolean ephemeral) {
    static final String EVENT = "event";
    static final String COMMAND = "command";
    static final String ACTION = "action";
    /** The command the app manifest names: how help writes commands where Slack did not say. */
    static final String DEFAULT_COMMAND = "/talks";
    private static final ObjectMapper JSON = new ObjectMapper();

    static SlackWork event(String key, String channel, String threadTs, String question, String conversation, String user) {
        return new SlackWork(EVENT, key, channel, threadTs, question, null, false, conversation, user, null, false);
    }

    static SlackWork command(String key, String channel, String text, String responseUrl, boolean share, String user,
            String command) {
        return new SlackWork(COMMAND, key, channel, null, text, responseUrl, share, "user:" + user, user, command, false);
    }

    static SlackWork action(String key, String channel, String threadTs, String value, String responseUrl, String user,
            boolean ephemeral) {
        return new SlackWork(ACTION, key, channel, threadTs, value, responseUrl, false, "user:" + user, user, null, ephemeral);
    }

    /** The command's name for help texts: the one Slack sent, else the manifest's. */
    String commandName() {
        return command == null || command.isBlank() ? DEFAULT_COMMAND : command;
    }

    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write Slack work as JSON", e);
        }
    }

    static SlackWork fromJson(String json) {
        try {
            return JSON.readValue(json, SlackWork.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not kept Slack work", e);
        }
    }
}
