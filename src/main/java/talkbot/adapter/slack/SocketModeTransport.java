package talkbot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Socket Mode: Bolt's {@link SocketModeApp} on the Java-WebSocket backend. It asks
 * {@code apps.connections.open} (with the app-level token) for a WebSocket URL, connects out, and
 * acknowledges each envelope with the Bolt app's response; no public URL is needed.
 */
final class SocketModeTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SocketModeTransport.class);

    private final SocketModeApp socketModeApp;

    SocketModeTransport(String appToken, App app) throws IOException {
        this.socketModeApp = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
    }

    void start() {
        try {
            socketModeApp.startAsync();
        } catch (Exception e) {
            // Bolt's client factory returns null when apps.connections.open fails, so this is
            // usually a NullPointerException standing for "could not connect"
            throw new IllegalStateException("Slack Socket Mode could not connect (apps.connections.open failed;"
                    + " check SLACK_APP_TOKEN, an xapp- token with connections:write)", e);
        }
    }

    @Override
    public void close() {
        try {
            socketModeApp.close();
        } catch (Exception e) {
            LOG.warn("slack: closing the Socket Mode connection failed: {}", e.toString());
        }
    }
}
