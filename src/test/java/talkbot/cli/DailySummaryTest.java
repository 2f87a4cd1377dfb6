package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import talkbot.adapter.Platform;
import talkbot.chat.Delivery;
import talkbot.chat.Outbox;

class DailySummaryTest {
    private final Outbox telegram = (chat, reply) -> Delivery.SENT;
    private final Outbox slack = (chat, reply) -> Delivery.RETRY;

    @Test
    void outboxesAreKeyedByPlatformName() {
        assertThat(DailySummary.outboxes(List.of(new FakePlatform("telegram", telegram), new FakePlatform("slack", slack))))
                .isEqualTo(Map.of("telegram", telegram, "slack", slack));
        assertThatThrownBy(() -> DailySummary.outboxes(
                List.of(new FakePlatform("telegram", telegram), new FakePlatform("telegram", slack))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    record FakePlatform(String name, Outbox outbox) implements Platform {
        @Override
        public void start() {}

        @Override
        public void close() {}
    }
}
