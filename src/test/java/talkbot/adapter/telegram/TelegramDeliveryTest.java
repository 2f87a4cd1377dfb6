package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static talkbot.adapter.telegram.FakeBotApi.groupText;
import static talkbot.adapter.telegram.FakeBotApi.privateText;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.store.SqliteStore;

/** Delivery through the inbox: bursts, a store that is locked for a while, accepted sends. */
@org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class TelegramDeliveryTest {
    @TempDir
    Path dir;

    FakeBotApi api;
    TestBot bot;

    @BeforeEach
    void start() throws Exception {
        api = new FakeBotApi();
    }

    @AfterEach
    void stop() {
        if (bot != null) {
            bot.close();
        }
        api.close();
    }

    /** Every message of the burst, by its message id, and how many replies went to it. */
    private Map<Integer, Long> repliesPerMessage() {
        return api.sent().stream().filter(s -> s.replyTo() != null)
                .collect(Collectors.groupingBy(FakeBotApi.Sent::replyTo, Collectors.counting()));
    }

    private static int messageId(com.fasterxml.jackson.databind.node.ObjectNode update) {
        return update.get("message").get("message_id").asInt();
    }

    @Test
    void aBurstFarLargerThanTheWorkersIsAnsweredOnceEachInOrderPerChat() throws Exception {
        bot = new TestBot(api, dir, 100_000, null).start();
        Map<Integer, Long> chatOf = new HashMap<>();
        int n = 600;
        for (int i = 0; i < n; i++) {
            long chat = -1000L - (i % 17);
            var update = groupText(chat, 5, "@TalkBot echo " + i);
            api.enqueue(update);
            chatOf.put(messageId(update), chat);
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> repliesPerMessage().size() == n);
        await().atMost(Duration.ofSeconds(30)).until(() -> bot.platform.workers().idle());

        assertThat(repliesPerMessage().values()).allMatch(c -> c == 1);
        assertThat(api.sent()).hasSize(n);
        // in each chat, the replies go out in the order the messages came
        Map<Long, List<Integer>> perChat = api.sent().stream().collect(Collectors.groupingBy(
                s -> Long.parseLong(s.chatId()), Collectors.mapping(FakeBotApi.Sent::replyTo, Collectors.toList())));
        perChat.values().forEach(ids -> assertThat(ids).isSorted());
    }

    @Test
    void anAcceptedSendWithAnUnreadableResultIsNotSentAgain() throws Exception {
        api.acceptUnreadably(1);
        bot = new TestBot(api, dir).start();
        int id = api.enqueue(privateText(1001, "Who leads China's delegation?"));

        TelegramPlatformTest.awaitHandled(bot, id);
        assertThat(api.sendAttempts()).isEqualTo(1);
        assertThat(api.sentTo(1001)).hasSize(1);
        api.enqueue(privateText(1001, "And the US side?"));
        await().until(() -> api.sentTo(1001).size() == 2);
        assertThat(api.sendAttempts()).isEqualTo(2);
    }

    @Test
    void aStoreLockedByAnotherProcessDuringABurstDelaysButLosesAndRepeatsNothing() throws Exception {
        bot = new TestBot(api, dir, 100_000, null).start();
        int n = 200;
        Path db = dir.resolve("data").resolve(SqliteStore.FILE_NAME);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                Statement s = other.createStatement()) {
            for (int i = 0; i < n / 2; i++) {
                api.enqueue(groupText(-2000L - (i % 5), 5, "@TalkBot echo " + i));
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> repliesPerMessage().size() >= 10);
            s.execute("BEGIN IMMEDIATE"); // another process holds the write lock for a while
            s.execute("INSERT INTO cursor (name, value) VALUES ('held-by-another-process', 1)");
            for (int i = n / 2; i < n; i++) {
                api.enqueue(groupText(-2000L - (i % 5), 5, "@TalkBot echo " + i));
            }
            Thread.sleep(3000);
            s.execute("ROLLBACK");
        }
        await().atMost(Duration.ofSeconds(120)).until(() -> repliesPerMessage().size() == n);
        await().atMost(Duration.ofSeconds(30)).until(() -> bot.platform.workers().idle());
        assertThat(repliesPerMessage().values()).allMatch(c -> c == 1);
        assertThat(api.sent()).hasSize(n);
    }

    /**
     * What the delivery trials count on: the fake Bot API takes a sendMessage whose request
     * arrived whole, even when the sender is gone before the answer, and never one a byte short.
     */
    @Test
    void theFakeCountsASendExactlyWhenItsRequestArrivedWhole() throws Exception {
        java.net.URI uri = java.net.URI.create(api.url());
        byte[] body = "{\"chat_id\":\"-100\",\"text\":\"hello\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (int cut : new int[] {1, 0}) {
            try (java.net.Socket s = new java.net.Socket(uri.getHost(), uri.getPort())) {
                java.io.OutputStream out = s.getOutputStream();
                out.write(("POST /bot" + TOKEN + "/sendMessage HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.write(body, 0, body.length - cut);
                out.flush();
            } // closed at once, without reading an answer, as a killed process's socket is
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> api.sent().size() == 1);
        Thread.sleep(500);
        assertThat(api.sent()).extracting(FakeBotApi.Sent::text).containsExactly("hello");
    }

    private static final String TOKEN = "123456:TEST-fake-counting";
}
