package talkbot.web;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one HTTP server (Jetty 12), one port, for every route the adapters and the operator
 * need: {@code POST /slack/events}, {@code POST /telegram/webhook}, {@code GET /health},
 * {@code /ready}, {@code /metrics}. Routes may be added while it runs. Built to hold against slow
 * and hostile clients: a body is read without holding a thread and must arrive whole within the
 * read deadline (408), is at most 1 MiB (413), connections are bounded and idle ones closed; an
 * unknown path is a 404, a wrong method a 405; while stopping every request gets a 503.
 */
public final class WebServer implements AutoCloseable {
    static final int MAX_BODY_BYTES = 1 << 20;
    static final int MAX_CONNECTIONS = 512;
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);
    private static final String JSON = "application/json; charset=utf-8";
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    /** A request as a route sees it: the body read whole (empty for GET). */
    public record Incoming(String method, String path, HttpFields headers, byte[] body, String remoteAddress) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    /** A route's answer. */
    public record Reply(int status, String contentType, String body, Map<String, List<String>> headers) {
        public static Reply json(int status, String body) {
            return new Reply(status, JSON, body, Map.of());
        }

        public static Reply text(int status, String contentType, String body) {
            return new Reply(status, contentType, body, Map.of());
        }
    }

    /** Answers the requests of one path. Runs on the server's bounded pool. */
    @FunctionalInterface
    public interface Route {
        Reply handle(Incoming request) throws Exception;
    }

    private record Bound(String method, Route route) {}

    private final Server server;
    private final ServerConnector connector;
    private final QueuedThreadPool threads;
    private final Duration readDeadline;
    private final String portSetting;
    private final Map<String, Bound> routes = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean closing;

    /**
     * @param portSetting  the setting that named the port, for the one-line error when it cannot be listened on
     * @param threadCount  threads for request work (a few more serve the connections)
     * @param readDeadline how long a request body may take to arrive
     */
    public WebServer(InetSocketAddress address, String portSetting, int threadCount, Duration readDeadline) {
        this.readDeadline = readDeadline;
        this.portSetting = portSetting;
        this.threads = new QueuedThreadPool(threadCount + 8, 4);
        threads.setName("http");
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
            public boolean handle(Request request, Response response, Callback callback) {
                return WebServer.this.handle(request, response, callback);
            }
        });
        server.setStopTimeout(2000);
    }

    /** Serves {@code path} with {@code route} for {@code method} (GET also answers HEAD). */
    public void route(String method, String path, Route route) {
        routes.put(path, new Bound(method, route));
    }

    public boolean serves(String path) {
        return routes.containsKey(path);
    }

    public void start() throws IOException {
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new IOException(portSetting + " " + connector.getPort() + ": cannot listen (" + e.getMessage() + ")", e);
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
    }

    /** The port listened on (the one asked for, or the one picked when 0 was asked). */
    public int port() {
        return connector.getLocalPort();
    }

    private boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        Bound bound = routes.get(path);
        if (closing) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
            send(response, callback, Reply.json(503, "{\"error\":\"shutting down\"}"));
        } else if (bound == null) {
            send(response, callback, Reply.json(404, "{\"error\":\"not found\"}"));
        } else if (!bound.method().equals(method) && !("GET".equals(bound.method()) && "HEAD".equals(method))) {
            response.getHeaders().put(HttpHeader.ALLOW, bound.method());
            send(response, callback, Reply.json(405, "{\"error\":\"method not allowed\"}"));
        } else if ("POST".equals(method)) {
            post(request, response, callback, bound.route());
        } else {
            run(bound.route(), new Incoming(method, path, request.getHeaders(), new byte[0], Request.getRemoteAddr(request)),
                    response, callback);
        }
        return true;
    }

    /** Reads the body without holding a thread, within the deadline; then does the work on the pool. */
    private void post(Request request, Response response, Callback callback, Route route) {
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
                    run(route, new Incoming("POST", Request.getPathInContext(request), request.getHeaders(), bytes,
                            Request.getRemoteAddr(request)), response, callback);
                } else {
                    unreadable(error, response, callback);
                }
            } finally {
                inFlight.decrementAndGet();
            }
        }, threads);
    }

    private void run(Route route, Incoming in, Response response, Callback callback) {
        Reply reply;
        try {
            reply = route.handle(in);
        } catch (Exception e) {
            LOG.warn("http: {} {} failed: {}", in.method(), in.path(), e.toString());
            reply = Reply.json(500, "{\"error\":\"internal error\"}");
        }
        send(response, callback, reply);
    }

    private void unreadable(Throwable error, Response response, Callback callback) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        if (e instanceof TimeoutException) {
            LOG.debug("http: a request body did not arrive within {} ms (408)", readDeadline.toMillis());
            send(response, callback, Reply.json(408, "{\"error\":\"request body too slow\"}"));
        } else if (e instanceof IllegalArgumentException || String.valueOf(e.getMessage()).contains("exceeds")) {
            tooLarge(response, callback);
        } else {
            send(response, callback, Reply.json(400, "{\"error\":\"unreadable body\"}"));
        }
    }

    private static void tooLarge(Response response, Callback callback) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        send(response, callback, Reply.json(413, "{\"error\":\"body too large\"}"));
    }

    private static void send(Response response, Callback callback, Reply reply) {
        reply.headers().forEach((name, values) -> {
            if (values != null && !"content-type".equalsIgnoreCase(name) && !"content-length".equalsIgnoreCase(name)) {
                values.forEach(v -> response.getHeaders().add(name, v));
            }
        });
        response.setStatus(reply.status());
        String body = reply.body() == null ? "" : reply.body();
        if (!body.isEmpty()) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType() == null
                    ? "text/plain; charset=utf-8" : reply.contentType());
        }
        Content.Sink.write(response, true, body, callback);
    }

    /** Stops taking requests (503 from now on), gives those in flight up to two seconds, then stops. */
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
            LOG.warn("http: stopping the server failed: {}", e.toString());
        }
    }
}
