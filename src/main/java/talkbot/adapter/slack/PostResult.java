package talkbot.adapter.slack;

import java.time.Duration;
import talkbot.chat.Delivery;

/**
 * How one Web API post ended: the {@link Delivery}, whether trying again soon may help, how long
 * to wait first, and Slack's error code (null when sent).
 */
record PostResult(Delivery delivery, boolean retryable, Duration retryAfter, String error) {
    static final PostResult SENT = new PostResult(Delivery.SENT, false, Duration.ZERO, null);
}
