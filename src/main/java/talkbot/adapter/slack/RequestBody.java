package talkbot.adapter.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Sorts a signed request body before Bolt sees it: one to hand to Bolt (which parses what it
 * knows; a kind it does not know is acknowledged and ignored), or a malformed one (400). Keeping
 * malformed bodies away from Bolt keeps them out of its logs too.
 */
final class RequestBody {
    enum Kind { SLACK, MALFORMED }

    record Verdict(Kind kind, String reason) {
        static final Verdict SLACK = new Verdict(Kind.SLACK, null);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequestBody() {}

    static Verdict classify(String body) {
        if (body == null || body.isBlank()) {
            return malformed("empty body");
        }
        String b = body.strip();
        if (b.startsWith("{")) {
            return json(b);
        }
        Map<String, String> form = form(b);
        if (form == null) {
            return malformed("not JSON and not a form");
        }
        if (form.containsKey("payload")) {
            return json(form.get("payload"));
        }
        if (!isBlank(form.get("command")) || "1".equals(form.get("ssl_check"))) {
            return Verdict.SLACK;
        }
        return malformed("a form without command or payload");
    }

    private static Verdict json(String text) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            return malformed("invalid JSON");
        }
        if (node == null || !node.isObject()) {
            return malformed("JSON is not an object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            return malformed("no type");
        }
        switch (type.asText()) {
            case "event_callback" -> {
                JsonNode event = node.get("event");
                if (event == null || !event.isObject() || !event.path("type").isTextual()) {
                    return malformed("event_callback without an event type");
                }
            }
            case "url_verification" -> {
                if (!node.path("challenge").isTextual()) {
                    return malformed("url_verification without a challenge");
                }
            }
            default -> {
                // Bolt's parser decides: it knows the rest, or acknowledges nothing it does not know
            }
        }
        return Verdict.SLACK;
    }

    /** An {@code application/x-www-form-urlencoded} body; null when it is not one. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                return null;
            }
            try {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return fields.isEmpty() ? null : fields;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static Verdict malformed(String reason) {
        return new Verdict(Kind.MALFORMED, reason);
    }
}
