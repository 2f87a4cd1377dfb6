package talkbot.adapter.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Slack's Web API on 127.0.0.1, on the JDK HTTP server, for tests: point
 * {@code SLACK_API_URL} at {@link #apiUrl()}. It answers {@code auth.test} (as bot user
 * {@value #BOT_USER_ID}), {@code chat.postMessage} (recorded, see {@link #posts()}) and
 * {@code apps.connections.open} (the WebSocket URL set with {@link #socketModeUrl(String)}),
 * {@code conversations.info} and {@code conversations.join} (the bot is a member of every channel
 * unless {@link #notAMember} says otherwise; a public channel can be joined), and
 * takes POSTs to {@link #responseUrl(String)} (recorded, see {@link #responses()}). Any method
 * can be made to fail for its next calls with {@link #failNext}. Unknown methods answer
 * {@code {"ok":false,"error":"unknown_method"}}. Thread-safe.
 */
public final class FakeSlackApi implements AutoCloseable {
    static {
        // Without TCP_NODELAY the JDK server's small answers wait out the client's delayed ACK (~40 ms each).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    public static final String BOT_USER_ID = "UBOT0001";
    public static final String BOT_ID = "BBOT0001";
    public static final String TEAM_ID = "T0000001";

    /**
     * One call to a Web API method: its name, its parameters (form or top-level JSON fields), its
     * headers, and whether it was answered with success (false when a {@link #failNext} answer was used).
     */
    public record Call(String method, Map<String, String> params, Map<String, List<String>> headers, boolean succeeded) {
        public String param(String name) {
            return params.get(name);
        }
    }

    /** One chat.postMessage: channel, thread_ts (null when none), text, blocks (JSON, null when none) and the ts Slack gave it. */
    public record Post(String channel, String threadTs, String text, String blocks, String ts) {
        /** The blocks' types in order ("section", "context"). */
        public List<String> blockTypes() {
            List<String> types = new ArrayList<>();
            for (JsonNode block : parsedBlocks()) {
                types.add(block.path("type").asText());
            }
            return types;
        }

        /** Every text in the blocks (section texts and context elements), in order, as Slack reads them. */
        public List<String> blockTexts() {
            List<String> texts = new ArrayList<>();
            for (JsonNode block : parsedBlocks()) {
                if (block.path("text").has("text")) {
                    texts.add(block.path("text").path("text").asText());
                }
                for (JsonNode element : block.path("elements")) {
                    if (element.has("text")) {
                        texts.add(element.path("text").asText());
                    }
                }
            }
            return texts;
        }

        /** The buttons of its actions blocks, in order. */
        public List<Button> buttons() {
            List<Button> out = new ArrayList<>();
            for (JsonNode block : parsedBlocks()) {
                if (block.path("type").asText().equals("actions")) {
                    for (JsonNode e : block.path("elements")) {
                        out.add(new Button(e.path("text").path("text").asText(), e.path("action_id").asText(),
                                e.path("value").asText()));
                    }
                }
            }
            return out;
        }

        /** The button whose text contains {@code text}. */
        public Button button(String text) {
            return buttons().stream().filter(b -> b.text().contains(text)).findFirst()
                    .orElseThrow(() -> new AssertionError("no button '" + text + "' in " + buttons()));
        }

        private JsonNode parsedBlocks() {
            if (blocks == null) {
                return JSON.createArrayNode();
            }
            try {
                return JSON.readTree(blocks);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A Block Kit button as posted: its text, action id and value. */
    public record Button(String text, String actionId, String value) {}

    /** A canned answer: HTTP status, optional Retry-After (seconds) and a JSON body. */
    public record Canned(int status, Integer retryAfter, String body) {
        public static Canned error(String error) {
            return new Canned(200, null, "{\"ok\":false,\"error\":\"" + error + "\"}");
        }

        public static Canned rateLimited(int retryAfterSeconds) {
            return new Canned(429, retryAfterSeconds, "{\"ok\":false,\"error\":\"ratelimited\"}");
        }

        public static Canned status(int status) {
            return new Canned(status, null, "{\"ok\":false,\"error\":\"http_" + status + "\"}");
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Where a recorded chat.postMessage call keeps the ts it was given. */
    private static final String POSTED_TS = "(posted ts)";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-slack-api");
        t.setDaemon(true);
        return t;
    });
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> responses = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Canned>> failures = new HashMap<>();
    private final AtomicInteger ts = new AtomicInteger();
    private volatile String socketModeUrl;
    /** Channels the bot is not in: id → whether the channel is private. */
    private final Map<String, Boolean> notIn = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeSlackApi() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 32);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/api/", this::api);
        server.createContext("/response/", this::response);
        server.start();
    }

    /** The Web API base, with the trailing slash: {@code http://127.0.0.1:PORT/api/}. */
    public URI apiUrl() {
        return URI.create(base() + "/api/");
    }

    /** A response_url that records what is posted to it. */
    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    /** What apps.connections.open hands out. */
    public void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** The bot is not in {@code channel} (a public one it may join, or a private one it must be invited to). */
    public void notAMember(String channel, boolean privateChannel) {
        notIn.put(channel, privateChannel);
    }

    /** Makes the next calls of {@code method} answer these, in order; later calls succeed again. */
    public void failNext(String method, Canned... answers) {
        synchronized (failures) {
            Deque<Canned> queue = failures.computeIfAbsent(method, m -> new ArrayDeque<>());
            queue.addAll(List.of(answers));
        }
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String method) {
        return calls.stream().filter(c -> c.method().equals(method)).toList();
    }

    /** Every chat.postMessage Slack accepted (failed ones are only in {@link #calls(String)}). */
    public List<Post> posts() {
        List<Post> posts = new ArrayList<>();
        for (Call c : calls("chat.postMessage")) {
            if (c.succeeded()) {
                posts.add(new Post(c.param("channel"), c.param("thread_ts"), c.param("text"), c.param("blocks"),
                        c.param(POSTED_TS)));
            }
        }
        return posts;
    }

    /** The JSON bodies posted to response URLs, in order. */
    public List<String> responses() {
        return List.copyOf(responses);
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void api(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestURI().getPath().substring("/api/".length());
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
            Map<String, String> params = contentType != null && contentType.startsWith("application/json")
                    ? jsonParams(body) : formParams(body);
            Canned failure;
            synchronized (failures) {
                Deque<Canned> queue = failures.get(method);
                failure = queue == null ? null : queue.poll();
            }
            Canned answer = failure != null ? failure : success(method, params);
            Map<String, String> recorded = new HashMap<>(params);
            if (failure == null && method.equals("chat.postMessage")) {
                recorded.put(POSTED_TS, JSON.readTree(answer.body()).path("ts").asText());
            }
            calls.add(new Call(method, Map.copyOf(recorded), Map.copyOf(exchange.getRequestHeaders()), failure == null));
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", String.valueOf(answer.retryAfter()));
            }
            send(exchange, answer.status(), answer.body());
        }
    }

    private Canned success(String method, Map<String, String> params) {
        return switch (method) {
            case "auth.test" -> new Canned(200, null, "{\"ok\":true,\"url\":\"https://test.slack.com/\",\"team\":\"Test\","
                    + "\"user\":\"talkbot\",\"team_id\":\"" + TEAM_ID + "\",\"user_id\":\"" + BOT_USER_ID
                    + "\",\"bot_id\":\"" + BOT_ID + "\",\"is_enterprise_install\":false}");
            case "chat.postMessage" -> new Canned(200, null, "{\"ok\":true,\"channel\":\""
                    + params.getOrDefault("channel", "") + "\",\"ts\":\"1718000000." + String.format("%06d", ts.incrementAndGet())
                    + "\"}");
            case "apps.connections.open" -> socketModeUrl == null
                    ? Canned.error("invalid_auth")
                    : new Canned(200, null, "{\"ok\":true,\"url\":\"" + socketModeUrl + "\"}");
            case "conversations.info" -> conversation(params.getOrDefault("channel", ""));
            case "conversations.join" -> {
                String channel = params.getOrDefault("channel", "");
                if (Boolean.TRUE.equals(notIn.get(channel))) {
                    yield Canned.error("method_not_supported_for_channel_type");
                }
                notIn.remove(channel);
                yield new Canned(200, null, "{\"ok\":true,\"channel\":{\"id\":\"" + channel + "\",\"is_member\":true}}");
            }
            default -> Canned.error("unknown_method");
        };
    }

    private Canned conversation(String channel) {
        boolean im = channel.startsWith("D");
        Boolean privateChannel = notIn.get(channel);
        boolean member = privateChannel == null;
        return new Canned(200, null, "{\"ok\":true,\"channel\":{\"id\":\"" + channel + "\",\"is_im\":" + im
                + ",\"is_channel\":" + !im + ",\"is_private\":" + Boolean.TRUE.equals(privateChannel)
                + ",\"is_member\":" + member + ",\"is_archived\":false}}");
    }

    private void response(HttpExchange exchange) throws IOException {
        try (exchange) {
            responses.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(exchange, 200, "ok");
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", body.startsWith("{")
                ? "application/json; charset=utf-8" : "text/plain");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> formParams(String body) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    private static Map<String, String> jsonParams(String body) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        JsonNode node = JSON.readTree(body);
        if (node != null && node.isObject()) {
            node.properties().forEach(e -> params.put(e.getKey(),
                    e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()));
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
