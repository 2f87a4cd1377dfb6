package talkbot.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import talkbot.FakeTokens;
import talkbot.adapter.telegram.FakeBotApi;

/**
 * Telegram for a delivery trial: a fake Bot API that holds a burst of group messages mentioning
 * the bot, in many chats; each reply names the message it answers (reply_to_message_id).
 */
public final class TelegramSide implements DeliveryRun.Side {
    static final String TOKEN = FakeTokens.telegram("delivery-trial-token");
    private static final String[] QUESTIONS = {"who leads China's delegation?", "where are the talks being held?",
        "how high are the US tariffs on Chinese goods?", "what is the key sticking point?"};

    private final FakeBotApi api;
    private final int chats;
    private final Map<Integer, Integer> indexOfMessage = new ConcurrentHashMap<>();

    public TelegramSide(int chats) throws Exception {
        this.api = new FakeBotApi();
        this.chats = chats;
    }

    @Override
    public String name() {
        return "telegram";
    }

    @Override
    public Map<String, String> env() {
        return Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", api.url());
    }

    @Override
    public void send(int messages) {
        for (int i = 0; i < messages; i++) {
            ObjectNode update = FakeBotApi.groupText(-100_000L - (i % chats), 5000 + i % chats,
                    "@" + FakeBotApi.BOT_USERNAME + " " + QUESTIONS[i % QUESTIONS.length]);
            api.enqueue(update);
            indexOfMessage.put(update.get("message").get("message_id").asInt(), i);
        }
    }

    @Override
    public String describe(int index) {
        return indexOfMessage.entrySet().stream().filter(e -> e.getValue() == index)
                .map(e -> "message_id " + e.getKey()).findFirst().orElse("#" + index);
    }

    @Override
    public Map<Integer, Long> replies() {
        return api.sent().stream()
                .filter(s -> s.replyTo() != null && indexOfMessage.containsKey(s.replyTo()))
                .collect(Collectors.groupingBy(s -> indexOfMessage.get(s.replyTo()), Collectors.counting()));
    }

    @Override
    public void close() {
        api.close();
    }
}
