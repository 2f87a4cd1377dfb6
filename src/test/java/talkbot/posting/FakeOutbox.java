package talkbot.posting;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import talkbot.chat.Delivery;
import talkbot.chat.Outbox;
import talkbot.chat.Reply;

/**
 * An outbox that answers as scripted per chat (SENT once the script runs out) and remembers every
 * attempt and every post the "platform" took.
 */
final class FakeOutbox implements Outbox {
    record Post(String chatId, Reply reply) {}

    private final Map<String, Deque<Delivery>> scripts = new HashMap<>();
    private final List<String> attempts = new ArrayList<>();
    private final List<Post> sent = new ArrayList<>();
    private volatile BiConsumer<String, Reply> afterSend = (chat, reply) -> {};
    private volatile java.util.function.Consumer<String> beforeSend = chat -> {};

    synchronized FakeOutbox script(String chatId, Delivery... outcomes) {
        scripts.computeIfAbsent(chatId, k -> new ArrayDeque<>()).addAll(List.of(outcomes));
        return this;
    }

    /** Runs before each attempt (to block it, say). */
    FakeOutbox beforeSend(java.util.function.Consumer<String> hook) {
        this.beforeSend = hook;
        return this;
    }

    /** Runs after the platform took a post, before deliver returns (to "crash" there, say). */
    FakeOutbox afterSend(BiConsumer<String, Reply> hook) {
        this.afterSend = hook;
        return this;
    }

    @Override
    public Delivery deliver(String chatId, Reply reply) {
        beforeSend.accept(chatId);
        Delivery d;
        synchronized (this) {
            attempts.add(chatId);
            Deque<Delivery> script = scripts.get(chatId);
            d = script == null || script.isEmpty() ? Delivery.SENT : script.poll();
            if (d == Delivery.SENT) {
                sent.add(new Post(chatId, reply));
            }
        }
        if (d == Delivery.SENT) {
            afterSend.accept(chatId, reply);
        }
        return d;
    }

    synchronized List<String> attempts() {
        return List.copyOf(attempts);
    }

    synchronized List<Post> sent() {
        return List.copyOf(sent);
    }

    synchronized long sentTo(String chatId) {
        return sent.stream().filter(p -> p.chatId().equals(chatId)).count();
    }

    synchronized long attemptsAt(String chatId) {
        return attempts.stream().filter(chatId::equals).count();
    }
}
