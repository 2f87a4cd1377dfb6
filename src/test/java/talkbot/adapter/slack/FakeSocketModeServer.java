package talkbot.adapter.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end, for tests: a WebSocket server on 127.0.0.1 that greets each connection
 * with {@code hello}, records what the client sends (acks), and sends envelopes on demand.
 */
final class FakeSocketModeServer extends WebSocketServer implements AutoCloseable {
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<WebSocket> opened = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    FakeSocketModeServer() {
        super(new InetSocketAddress("127.0.0.1", 0));
        setReuseAddr(true);
        setDaemon(true);
    }

    /** Starts and waits until it listens. */
    FakeSocketModeServer listen() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the WebSocket server did not start");
        }
        return this;
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=test";
    }

    /** True when a client is connected and was greeted. */
    boolean connected() {
        return opened.stream().anyMatch(WebSocket::isOpen);
    }

    /** Sends a message to the newest open connection. */
    void sendToClient(String message) {
        for (int i = opened.size() - 1; i >= 0; i--) {
            if (opened.get(i).isOpen()) {
                opened.get(i).send(message);
                return;
            }
        }
        throw new IllegalStateException("no open connection");
    }

    List<String> received() {
        return List.copyOf(received);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"test\","
                + "\"approximate_connection_time\":18060},\"connection_info\":{\"app_id\":\"A0APP001\"}}");
        opened.add(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(message);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        // nothing to do
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // a test fails on what it does not receive
    }

    @Override
    public void close() {
        try {
            stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
