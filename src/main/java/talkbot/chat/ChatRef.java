package talkbot.chat;

import java.util.Objects;

/** One conversation on one platform: a Telegram chat or a Slack channel. */
public record ChatRef(String platform, String chatId) {
    public ChatRef {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(chatId, "chatId");
        if (platform.isBlank() || chatId.isBlank()) {
            throw new IllegalArgumentException("platform and chatId must not be blank");
        }
    }

    /** Parses {@code platform:chatId}, the form used in config and on the command line. */
    public static ChatRef parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("expected platform:chat-id, got '" + text + "'");
        }
        return new ChatRef(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
    }

    @Override
    public String toString() {
        return platform + ":" + chatId;
    }
}
