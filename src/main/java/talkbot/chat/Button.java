package talkbot.chat;

import java.util.Objects;

/**
 * A button under a reply: what it says, and the payload the platform hands back when it is
 * pressed (a short key into the conversation's own records, never the text it stands for).
 */
public record Button(String label, String payload) {
    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(payload, "payload");
    }
}
