package talkbot.news;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A web server on 127.0.0.1 (a free port) serving what a test puts at each path: pages and feeds
 * with any status, headers and body, redirects, a slow answer, a huge body. Records each request
 * (path and headers). Public so that the jar's integration test can serve a feed with it.
 */
public final class TestServer implements AutoCloseable {

    /** A request as the server got it. */
    public record Request(String path, Headers headers) {}

    /** Answers one request. */
    @FunctionalInterface
    public interface Route {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-server");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public TestServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    public TestServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** 200 with the body as UTF-8 and this Content-Type. */
    public TestServer text(String path, String contentType, String body) {
        return bytes(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public TestServer bytes(String path, String contentType, byte[] body) {
        return route(path, ex -> send(ex, 200, contentType, body));
    }

    /** A test resource under /news/. */
    public TestServer resource(String path, String contentType, String resource) {
        try (InputStream in = TestServer.class.getResourceAsStream("/news/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource /news/" + resource);
            }
            return bytes(path, contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TestServer status(String path, int status) {
        return route(path, ex -> send(ex, status, "text/plain", ("status " + status).getBytes(StandardCharsets.UTF_8)));
    }

    public TestServer redirect(String path, int status, String location) {
        return route(path, ex -> {
            ex.getResponseHeaders().add("Location", location);
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
    }

    /** Answers after {@code millis} (a server that is too slow). */
    public TestServer slow(String path, long millis) {
        return route(path, ex -> {
            Thread.sleep(millis);
            send(ex, 200, "text/html", "<p>late</p>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A body of {@code bytes} bytes, sent chunked (no Content-Length) when {@code chunked}. */
    public TestServer huge(String path, long bytes, boolean chunked) {
        return route(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, chunked ? 0 : bytes);
            byte[] block = "<p>filler filler filler filler filler filler filler filler filler</p>\n"
                    .repeat(100).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = ex.getResponseBody()) {
                for (long sent = 0; sent < bytes; sent += block.length) {
                    out.write(block, 0, (int) Math.min(block.length, bytes - sent));
                }
            } catch (IOException e) {
                // the client hung up, as it should past its limit
            }
        });
    }

    public List<Request> requests() {
        return new ArrayList<>(requests);
    }

    public long count(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).count();
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body) throws IOException {
        send(ex, status, contentType, body, Map.of());
    }

    public static void send(HttpExchange ex, int status, String contentType, byte[] body, Map<String, String> headers)
            throws IOException {
        if (contentType != null) {
            ex.getResponseHeaders().add("Content-Type", contentType);
        }
        headers.forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        boolean empty = status == 304 || body.length == 0;
        ex.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        requests.add(new Request(path, ex.getRequestHeaders()));
        Route r = routes.get(path);
        try {
            if (r == null) {
                send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
            } else {
                r.answer(ex);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ex.close();
        } catch (IOException e) {
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
