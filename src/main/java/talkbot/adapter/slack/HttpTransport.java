package talkbot.adapter.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP mode on Jetty: one Slack endpoint, {@code POST /slack/events}, taking slash commands, Events
 * API callbacks (url_verification included) and interactivity payloads, and {@code GET /health}.
 * Built to hold against slow and hostile clients: bodies are read without holding a thread and
 * must arrive whole within the read deadline (408 otherwise), connections are bounded, idle ones
 * are closed, and request work runs on a bounded pool. Every Slack request's signature is checked
 * once, here, before anything else (401 otherwise); a malformed body is a 400; what Bolt knows it
 * parses and runs; a well-formed request of a kind Bolt does not know is acknowledged and ignored.
 */
final class HttpTransport implements AutoCloseable {
    static final String EVENTS_PATH = "/slack/events";
    static final String HEALTH_PATH = "/health";
    static final int MAX_BODY_BYTES = 1 << 20;
    static final int MAX_CONNECTIONS = 512;
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON = "application/json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final Server server;
    private final ServerConnector connector;
    private final QueuedThreadPool threads;
    private final RequestSignature signature;
    private final App app;
    private final SlackRequestParser parser;
    private final int articleCount;
    private final IntSupplier held;
    private final Duration readDeadline;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closing;

    /**
     * @param held         messages in the inbox not yet answered, reported by {@code /health}
     * @param threadCount  threads for request work (a few more serve the connections)
     * @param readDeadline how long a request body may take to arrive
     */
    HttpTransport(InetSocketAddress address, RequestSignature signature, App app, int articleCount, IntSupplier held,
            int threadCount, Duration readDeadline) {
        this.signature = signature;
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.articleCount = articleCount;
        this.held = held;
        this.readDeadline = readDeadline;
        this.threads = new QueuedThreadPool(threadCount + 8, 4);
        threads.setName("slack-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendDateHeader(false);
        http.setRequestHeaderSize(16 * 1024);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getAddress() == null || address.getAddress().isAnyLocalAddress() ? null
                : address.getAddress().getHostAddress());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, connector));
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, org.eclipse.jetty.server.Response response, Callback callback) {
                return HttpTransport.this.handle(request, response, callback);
            }
        });
        server.setStopTimeout(2000);
    }

    void start() throws IOException {
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly();
            throw e;
        } catch (Exception e) {
            stopQuietly();
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The port listened on (the one asked for, or the one picked when 0 was asked). */
    int port() {
        return connector.getLocalPort();
    }

    private boolean handle(Request request, org.eclipse.jetty.server.Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        if (closing) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            send(response, callback, 503, "{\"error\":\"shutting down\"}");
        } else if (HEALTH_PATH.equals(path)) {
            if ("GET".equals(method) || "HEAD".equals(method)) {
                send(response, callback, 200, "{\"status\":\"ok\",\"platform\":\"slack\",\"articles\":" + articleCount
                        + ",\"unanswered\":" + held.getAsInt() + "}");
            } else {
                notAllowed(response, callback, "GET");
            }
        } else if (EVENTS_PATH.equals(path)) {
            if ("POST".equals(method)) {
                events(request, response, callback);
            } else {
                notAllowed(response, callback, "POST");
            }
        } else {
            send(response, callback, 404, "{\"error\":\"not found\"}");
        }
        return true;
    }

    /** Reads the body without holding a thread, within the deadline; then does the work on the pool. */
    private void events(Request request, org.eclipse.jetty.server.Response response, Callback callback) {
        if (request.getLength() > MAX_BODY_BYTES) {
            tooLarge(response, callback);
            return;
        }
        inFlight.incrementAndGet();
        CompletableFuture<byte[]> body = Content.Source.asByteArrayAsync(request, MAX_BODY_BYTES);
        Scheduler.Task timer = server.getScheduler().schedule(
                () -> body.completeExceptionally(new TimeoutException()), readDeadline.toMillis(), TimeUnit.MILLISECONDS);
        body.whenCompleteAsync((bytes, error) -> {
            timer.cancel();
            try {
                if (error == null) {
                    slack(request, bytes, response, callback);
                } else {
                    unreadable(error, response, callback);
                }
            } catch (RuntimeException e) {
                LOG.warn("slack: a request failed: {}", e.toString());
                send(response, callback, 500, "{\"error\":\"internal error\"}");
            } finally {
                inFlight.decrementAndGet();
            }
        }, threads);
    }

    private void unreadable(Throwable error, org.eclipse.jetty.server.Response response, Callback callback) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        if (e instanceof TimeoutException) {
            LOG.debug("slack: a request body did not arrive within {} ms (408)", readDeadline.toMillis());
            send(response, callback, 408, "{\"error\":\"request body too slow\"}");
        } else if (e instanceof IllegalArgumentException || String.valueOf(e.getMessage()).contains("exceeds")) {
            tooLarge(response, callback);
        } else {
            send(response, callback, 400, "{\"error\":\"unreadable body\"}");
        }
    }

    private void slack(Request http, byte[] body, org.eclipse.jetty.server.Response response, Callback callback) {
        if (!signature.verify(http.getHeaders().get(RequestSignature.TIMESTAMP_HEADER),
                http.getHeaders().get(RequestSignature.SIGNATURE_HEADER), body)) {
            LOG.warn("slack: refused a request with a missing, wrong or expired signature (401)");
            send(response, callback, 401, "{\"error\":\"invalid signature\"}");
            return;
        }
        String text = new String(body, StandardCharsets.UTF_8);
        RequestBody.Verdict verdict = RequestBody.classify(text);
        if (verdict.kind() == RequestBody.Kind.MALFORMED) {
            badRequest(response, callback, verdict.reason());
            return;
        }
        com.slack.api.bolt.request.Request<?> request;
        try {
            request = parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(EVENTS_PATH)
                    .queryString(new HashMap<>())
                    .requestBody(text)
                    .headers(new RequestHeaders(headers(http)))
                    .remoteAddress(Request.getRemoteAddr(http))
                    .build());
        } catch (RuntimeException e) {
            badRequest(response, callback, e.getClass().getSimpleName());
            return;
        }
        if (request == null) {
            LOG.debug("slack: acknowledged and ignored a request of a kind Bolt does not know");
            send(response, callback, 200, "");
            return;
        }
        Response result;
        try {
            result = app.run(request);
        } catch (Exception e) {
            LOG.warn("slack: handling a {} request failed: {}", request.getRequestType(), e.toString());
            send(response, callback, 500, "{\"error\":\"internal error\"}");
            return;
        }
        write(response, callback, result);
    }

    private static Map<String, List<String>> headers(Request http) {
        Map<String, List<String>> out = new HashMap<>();
        for (HttpField f : http.getHeaders()) {
            out.computeIfAbsent(f.getName(), k -> new ArrayList<>()).add(f.getValue());
        }
        return out;
    }

    private static void badRequest(org.eclipse.jetty.server.Response response, Callback callback, String reason) {
        LOG.warn("slack: refused a malformed request (400): {}", reason);
        send(response, callback, 400, "{\"error\":\"malformed request\"}");
    }

    private static void tooLarge(org.eclipse.jetty.server.Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        send(response, callback, 413, "{\"error\":\"body too large\"}");
    }

    private static void notAllowed(org.eclipse.jetty.server.Response response, Callback callback, String allow) {
        response.getHeaders().put(HttpHeader.ALLOW, allow);
        send(response, callback, 405, "{\"error\":\"method not allowed\"}");
    }

    private static void write(org.eclipse.jetty.server.Response response, Callback callback, Response result) {
        Map<String, List<String>> extra = result.getHeaders();
        if (extra != null) {
            extra.forEach((name, values) -> {
                if (values != null && !"content-type".equalsIgnoreCase(name) && !"content-length".equalsIgnoreCase(name)) {
                    values.forEach(v -> response.getHeaders().add(name, v));
                }
            });
        }
        int status = result.getStatusCode() == null ? 200 : result.getStatusCode();
        String type = result.getContentType() == null ? "text/plain; charset=utf-8" : result.getContentType();
        send(response, callback, status, type, result.getBody() == null ? "" : result.getBody());
    }

    private static void send(org.eclipse.jetty.server.Response response, Callback callback, int status, String body) {
        send(response, callback, status, JSON, body);
    }

    private static void send(org.eclipse.jetty.server.Response response, Callback callback, int status, String type,
            String body) {
        response.setStatus(status);
        if (!body.isEmpty()) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        }
        Content.Sink.write(response, true, body, callback);
    }

    /**
     * Stops taking requests (503 from now on), gives those in flight up to two seconds, then stops
     * the server and its threads.
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
        stopQuietly();
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("slack: stopping the HTTP server failed: {}", e.toString());
        }
    }
}
