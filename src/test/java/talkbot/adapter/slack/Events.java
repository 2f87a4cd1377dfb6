package talkbot.adapter.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Events API callbacks as Slack sends them, for tests. */
final class Events {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {}

    static ObjectNode callback(String eventId, ObjectNode event) {
        ObjectNode root = JSON.createObjectNode();
        root.put("token", "legacy-verification-token");
        root.put("team_id", FakeSlackApi.TEAM_ID);
        root.put("api_app_id", "A0APP001");
        root.set("event", event);
        root.put("type", "event_callback");
        root.put("event_id", eventId);
        root.put("event_time", 1718000000);
        return root;
    }

    static ObjectNode mention(String channel, String user, String text, String ts, String threadTs) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "app_mention");
        e.put("user", user);
        e.put("text", text);
        e.put("ts", ts);
        e.put("channel", channel);
        e.put("event_ts", ts);
        if (threadTs != null) {
            e.put("thread_ts", threadTs);
        }
        return e;
    }

    static ObjectNode message(String channel, String channelType, String user, String text, String ts) {
        ObjectNode e = JSON.createObjectNode();
        e.put("type", "message");
        e.put("channel", channel);
        e.put("user", user);
        e.put("text", text);
        e.put("ts", ts);
        e.put("event_ts", ts);
        e.put("channel_type", channelType);
        return e;
    }

    /**
     * A block_actions payload as Slack sends it when {@code user} presses a button of the bot's
     * message {@code messageTs} (in thread {@code threadTs}, or none) in {@code channel}.
     */
    static ObjectNode blockAction(String channel, String user, String messageTs, String threadTs,
            FakeSlackApi.Button button, String responseUrl) {
        ObjectNode p = JSON.createObjectNode();
        p.put("type", "block_actions");
        p.putObject("team").put("id", FakeSlackApi.TEAM_ID).put("domain", "test");
        p.putObject("user").put("id", user).put("username", "someone").put("team_id", FakeSlackApi.TEAM_ID);
        p.put("api_app_id", "A0APP001");
        p.put("token", "legacy-verification-token");
        ObjectNode container = p.putObject("container");
        container.put("type", "message").put("message_ts", messageTs).put("channel_id", channel).put("is_ephemeral", false);
        if (threadTs != null) {
            container.put("thread_ts", threadTs);
        }
        p.put("trigger_id", "1.2." + messageTs);
        p.putObject("channel").put("id", channel).put("name", "general");
        ObjectNode message = p.putObject("message");
        message.put("type", "message").put("ts", messageTs).put("user", FakeSlackApi.BOT_USER_ID).put("text", "an answer");
        if (threadTs != null) {
            message.put("thread_ts", threadTs);
        }
        p.put("response_url", responseUrl);
        ObjectNode action = p.putArray("actions").addObject();
        action.put("type", "button").put("action_id", button.actionId()).put("block_id", "b1")
                .put("value", button.value()).put("action_ts", messageTs + "." + ACTIONS.incrementAndGet());
        action.putObject("text").put("type", "plain_text").put("text", button.text());
        return p;
    }

    private static final java.util.concurrent.atomic.AtomicInteger ACTIONS = new java.util.concurrent.atomic.AtomicInteger();

    static String json(ObjectNode node) {
        return node.toString();
    }
}
