package talkbot.config;

/** What the daily post does when nothing is new since the chat's last one (TALKBOT_SUMMARY_WHEN_QUIET). */
public enum WhenQuiet {
    /** Two lines: no new articles since …, and the command for the full summary. */
    SHORT,
    /** No post that day (it is recorded as the day's post all the same). */
    SKIP
}
