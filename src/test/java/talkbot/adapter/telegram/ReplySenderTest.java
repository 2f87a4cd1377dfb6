package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** A reply in several messages, against {@link FakeBotApi}: sent in order, or the rest of it from where it stopped. */
class ReplySenderTest {
    static final String TOKEN = "123456:TEST-reply-sender";

    FakeBotApi api;
    ReplySender sender;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
        OkHttpTelegramClient client = new OkHttpTelegramClient(new OkHttpClient(), TOKEN,
                TelegramPlatform.telegramUrl(URI.create(api.url())));
        sender = new ReplySender(new BotApiCaller(client, new Redactor(TOKEN)));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aReplyGoesOutInOrderTheFirstMessageReplyingToTheAsker() throws Exception {
        List<Integer> told = new CopyOnWriteArrayList<>();
        ReplySender.Result r = sender.send(new ReplySender.Target("-100", 7, null), List.of("one", "two", "three"), 0,
                told::add, TestBot.FAST.replies(), TestBot.FAST.replies());
        assertThat(r.complete()).isTrue();
        assertThat(told).containsExactly(0, 1, 2);
        assertThat(api.sent()).extracting(FakeBotApi.Sent::text).containsExactly("one", "two", "three");
        assertThat(api.sent()).extracting(FakeBotApi.Sent::replyTo).containsExactly(7, null, null);
    }

    @Test
    void theRestOfAReplyCutShortGoesOnFromTheMessageGiven() throws Exception {
        List<Integer> told = new CopyOnWriteArrayList<>();
        ReplySender.Result r = sender.send(new ReplySender.Target("-100", 7, null), List.of("one", "two", "three"), 1,
                told::add, TestBot.FAST.replies(), TestBot.FAST.replies());
        assertThat(r.complete()).isTrue();
        assertThat(r.delivered()).isEqualTo(3);
        assertThat(told).containsExactly(1, 2);
        assertThat(api.sent()).extracting(FakeBotApi.Sent::text).containsExactly("two", "three");
        assertThat(api.sent()).extracting(FakeBotApi.Sent::replyTo).containsOnlyNulls();
    }
}
