package talkbot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import talkbot.FakeTokens;
import talkbot.testing.MutableClock;

class RecentAndLogSafeTest {

    @Test
    void recentKeepsAtMostItsBoundAndNothingPastItsTime() {
        MutableClock clock = new MutableClock();
        Recent<String, String> recent = new Recent<>(Duration.ofMinutes(10), 2, clock);
        recent.put("a", "1");
        recent.put("b", "2");
        assertThat(recent.get("a")).isEqualTo("1"); // a is now the most recently used
        recent.put("c", "3");
        assertThat(recent.get("b")).as("the least recently used went").isNull();
        assertThat(recent.size()).isEqualTo(2);

        clock.advance(Duration.ofMinutes(10));
        assertThat(recent.get("a")).isNull();
        assertThat(recent.take("c")).isNull();
    }

    @Test
    void aZeroTimeRemembersNothing() {
        Recent<String, String> recent = new Recent<>(Duration.ZERO, 10, new MutableClock());
        recent.put("a", "1");
        assertThat(recent.get("a")).isNull();
    }

    @Test
    void aFailureIsLoggedWithoutTheUsersWordsOrATokenOnOneLine() {
        Exception e = new IllegalStateException("answering 'who is " + FakeTokens.telegramShaped("123456", "shaped-like-a-token-but-fake") + "?\nnext' failed",
                new RuntimeException(FakeTokens.slackBot("not-a-real-token") + " inside"));
        String line = LogSafe.describe(e, "who is " + FakeTokens.telegramShaped("123456", "shaped-like-a-token-but-fake") + "?\nnext");
        assertThat(line).isEqualTo("java.lang.IllegalStateException: answering '****' failed"
                + " (caused by java.lang.RuntimeException: **** inside)");
    }
}
