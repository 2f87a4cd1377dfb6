package talkbot.adapter.delivery;

import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import talkbot.store.Inbox;

/**
 * The inbox's messages in memory, one lane per chat: {@link #take()} hands out the oldest message
 * of a chat that has none in progress, chats in turn, so that each chat is answered in order and
 * no chat waits behind a busy one. A cache of the inbox, never the only copy. Thread-safe.
 */
final class ChatLanes {
    private static final Comparator<Inbox.Item> OLDEST_FIRST = Comparator.comparingLong(Inbox.Item::id);

    private final Map<String, PriorityQueue<Inbox.Item>> lanes = new HashMap<>();
    private final Deque<String> ready = new ArrayDeque<>();
    private final Set<String> busy = new HashSet<>();
    private int waiting;
    private boolean closed;

    synchronized void add(Inbox.Item item) {
        PriorityQueue<Inbox.Item> lane = lanes.computeIfAbsent(item.chat(), c -> new PriorityQueue<>(OLDEST_FIRST));
        if (lane.isEmpty() && !busy.contains(item.chat())) {
            ready.addLast(item.chat());
        }
        lane.add(item);
        waiting++;
        notifyAll();
    }

    /** The next message to answer, its chat now busy until {@link #finish}; null once closed. */
    synchronized Inbox.Item take() throws InterruptedException {
        while (!closed && ready.isEmpty()) {
            wait();
        }
        if (closed) {
            return null;
        }
        String chat = ready.pollFirst();
        PriorityQueue<Inbox.Item> lane = lanes.get(chat);
        Inbox.Item item = lane.poll();
        if (lane.isEmpty()) {
            lanes.remove(chat);
        }
        busy.add(chat);
        waiting--;
        return item;
    }

    /** The chat's message in progress is finished: its next one may go. */
    synchronized void finish(String chat) {
        busy.remove(chat);
        PriorityQueue<Inbox.Item> lane = lanes.get(chat);
        if (lane != null && !lane.isEmpty()) {
            ready.addLast(chat);
            notifyAll();
        }
    }

    /** Messages waiting (not in progress). */
    synchronized int waiting() {
        return waiting;
    }

    /** Takes hand out nothing more; waiting messages stay (they are in the inbox). */
    synchronized void close() {
        closed = true;
        notifyAll();
    }
}
