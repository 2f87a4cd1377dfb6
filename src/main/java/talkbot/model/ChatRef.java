package talkbot.model;

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

    /**
     * The chat id as logs show it: the first 12 hex digits of its SHA-256 — enough to follow one
     * chat through the logs, not to find it.
     */
    public String hashedId() {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(chatId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 6);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return platform + ":" + chatId;
    }
}
