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

    static String json(ObjectNode node) {
        return node.toString();
    }
}
