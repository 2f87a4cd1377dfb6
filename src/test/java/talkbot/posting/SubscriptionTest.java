package talkbot.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.model.ChatRef;

class SubscriptionTest {
    static final ChatRef A = new ChatRef("telegram", "1");
    static final ChatRef B = new ChatRef("slack", "C1");
    static final ChatRef C = new ChatRef("telegram", "2");

    @Test
    void configuredFirstThenStoredEachChatOnceMarkedWithWhereItComesFrom() {
        List<Subscription> all = Subscription.merge(List.of(A, B), List.of(C, B));
        assertThat(all).containsExactly(
                new Subscription(A, false, true),
                new Subscription(B, true, true),
                new Subscription(C, true, false));
        assertThat(all).extracting(Subscription::origin).containsExactly("static", "static, stored", "stored");
    }

    @Test
    void aSubscriptionComesFromSomewhere() {
        assertThatThrownBy(() -> new Subscription(A, false, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
