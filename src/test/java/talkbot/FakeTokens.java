package talkbot;

/**
 * Fake credentials in the shapes the platforms use, for tests: plainly labelled fake, and built at
 * run time, so that no token-shaped literal is tracked in the repository (secret scanners, ours
 * included, look for those). Real tokens come from the environment only.
 */
public final class FakeTokens {
    private FakeTokens() {}

    /** A Telegram bot token's shape: digits, a colon, then {@code TEST-} and the label. */
    public static String telegram(String label) {
        return "123456" + ":" + "TEST-" + label;
    }

    /** Digits, a colon and the label: a token's shape inside text that should be redacted. */
    public static String telegramShaped(String digits, String label) {
        return digits + ":" + label;
    }

    /** A Slack bot token's shape: {@code xoxb-} and the label. */
    public static String slackBot(String label) {
        return "xo" + "xb-" + label;
    }

    /** A Slack app-level token's shape: {@code xapp-} and the label. */
    public static String slackApp(String label) {
        return "xa" + "pp-" + label;
    }
}
