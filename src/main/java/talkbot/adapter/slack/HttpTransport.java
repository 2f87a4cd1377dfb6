package talkbot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode: the JDK's HTTP server with one Slack endpoint, {@code POST /slack/events}, taking slash
 * commands, Events API callbacks (url_verification included) and interactivity payloads, and
 * {@code GET /health}. Every Slack request is checked against the signing secret before anything
 * else (401 otherwise), then sorted (400 for a malformed body), then handed to Bolt. A failure in
 * one request answers 500 to that request alone.
 */
final class HttpTransport implements AutoCloseable {
    static final String EVENTS_PATH = "/slack/events";
    static final String HEALTH_PATH = "/health";
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final String JSON = "application/json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final HttpServer server;
    private final ExecutorService threads;
    private final RequestSignature signature;
    private final App app;
    private final SlackRequestParser parser;
    private final int articleCount;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closing;

    HttpTransport(InetSocketAddress address, RequestSignature signature, App app, int articleCount, int threadCount)
            throws IOException {
        this.signature = signature;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.articleCount = articleCount;
        this.server = HttpServer.create(address, 64);
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "slack-http-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    /** The port listened on (the one asked for, or the one picked when 0 was asked). */
    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) {
        inFlight.incrementAndGet();
        try {
            if (closing) {
                exchange.getResponseHeaders().set("Connection", "close");
                send(exchange, 503, JSON, "{\"error\":\"shutting down\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (HEALTH_PATH.equals(path)) {
                if ("GET".equals(method) || "HEAD".equals(method)) {
                    send(exchange, 200, JSON, "{\"status\":\"ok\",\"platform\":\"slack\",\"articles\":" + articleCount + "}");
                } else {
                    notAllowed(exchange, "GET");
                }
            } else if (EVENTS_PATH.equals(path)) {
                if ("POST".equals(method)) {
                    slack(exchange);
                } else {
                    notAllowed(exchange, "POST");
                }
            } else {
                send(exchange, 404, JSON, "{\"error\":\"not found\"}");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("slack: a request failed: {}", e.toString());
            trySend500(exchange);
        } finally {
            exchange.close();
            inFlight.decrementAndGet();
        }
    }

    private void slack(HttpExchange exchange) throws IOException {
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            send(exchange, 413, JSON, "{\"error\":\"body too large\"}");
            return;
        }
        var headers = exchange.getRequestHeaders();
        if (!signature.verify(headers.getFirst(RequestSignature.TIMESTAMP_HEADER),
                headers.getFirst(RequestSignature.SIGNATURE_HEADER), body)) {
            LOG.warn("slack: refused a request with a missing, wrong or expired signature (401)");
            send(exchange, 401, JSON, "{\"error\":\"invalid signature\"}");
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        RequestBody.Verdict verdict = RequestBody.classify(text);
        if (verdict.kind() == RequestBody.Kind.MALFORMED) {
            badRequest(exchange, verdict.reason());
            return;
        }
        if (verdict.kind() == RequestBody.Kind.IGNORED) {
            LOG.debug("slack: acknowledged and ignored a request ({})", verdict.reason());
            send(exchange, 200, JSON, "");
            return;
        }
        Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(EVENTS_PATH)
                    .queryString(new HashMap<>())
                    .requestBody(text)
                    .headers(new RequestHeaders(headers))
                    .remoteAddress(exchange.getRemoteAddress() == null ? null
                            : exchange.getRemoteAddress().getAddress().getHostAddress())
                    .build());
        } catch (RuntimeException e) {
            badRequest(exchange, e.getClass().getSimpleName());
            return;
        }
        if (request == null) {
            badRequest(exchange, "not a Slack request");
            return;
        }
        Response response;
        try {
            response = app.run(request);
        } catch (Exception e) {
            LOG.warn("slack: handling a {} request failed: {}", request.getRequestType(), e.toString());
            send(exchange, 500, JSON, "{\"error\":\"internal error\"}");
            return;
        }
        write(exchange, response);
    }

    private void badRequest(HttpExchange exchange, String reason) throws IOException {
        LOG.warn("slack: refused a malformed request (400): {}", reason);
        send(exchange, 400, JSON, "{\"error\":\"malformed request\"}");
    }

    private static void notAllowed(HttpExchange exchange, String allow) throws IOException {
        exchange.getResponseHeaders().set("Allow", allow);
        send(exchange, 405, JSON, "{\"error\":\"method not allowed\"}");
    }

    /** The body, or null when it is over {@link #MAX_BODY_BYTES}. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void write(HttpExchange exchange, Response response) throws IOException {
        Map<String, List<String>> extra = response.getHeaders();
        if (extra != null) {
            extra.forEach((name, values) -> {
                if (values != null && !"content-type".equalsIgnoreCase(name) && !"content-length".equalsIgnoreCase(name)) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
        }
        int status = response.getStatusCode() == null ? 200 : response.getStatusCode();
        String type = response.getContentType() == null ? "text/plain; charset=utf-8" : response.getContentType();
        send(exchange, status, type, response.getBody() == null ? "" : response.getBody());
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || bytes.length == 0 ? -1 : bytes.length);
        if (!head && bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void trySend500(HttpExchange exchange) {
        try {
            if (exchange.getResponseCode() == -1) {
                send(exchange, 500, JSON, "{\"error\":\"internal error\"}");
            }
        } catch (IOException | RuntimeException ignored) {
            // the connection is gone; nothing more to do for this request
        }
    }

    /**
     * Stops taking requests (503 from now on), gives those in flight up to two seconds, then stops
     * the server and releases its threads. (The JDK 17 server's own {@code stop(delay)} always
     * waits the whole delay, hence the count here.)
     */
    @Override
    public void close() {
        closing = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
        while (inFlight.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        server.stop(0);
        threads.shutdown();
        try {
            if (!threads.awaitTermination(2, TimeUnit.SECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
