package talkbot.adapter.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Slack message waiting in the inbox: a mention or DM ({@link #EVENT}, answered with
 * chat.postMessage in {@code channel}, in {@code threadTs} when set) or a slash command
 * ({@link #COMMAND}, answered in its acknowledgement when ready in time, else at
 * {@code responseUrl}). {@code key} is the inbox key (event id, or the command's trigger id).
 */
record SlackWork(String kind, String key, String channel, String threadTs, String text, String responseUrl,
        boolean share) {
    static final String EVENT = "event";
    static final String COMMAND = "command";
    private static final ObjectMapper JSON = new ObjectMapper();

    static SlackWork event(String key, String channel, String threadTs, String question) {
        return new SlackWork(EVENT, key, channel, threadTs, question, null, false);
    }

    static SlackWork command(String key, String channel, String text, String responseUrl, boolean share) {
        return new SlackWork(COMMAND, key, channel, null, text, responseUrl, share);
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
