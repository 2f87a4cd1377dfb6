package talkbot.adapter.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fake Telegram Bot API on 127.0.0.1 speaking the documented JSON shapes, for end-to-end tests
 * with the real client over real HTTP. It serves queued updates from getUpdates (long polling,
 * honouring {@code offset} and forgetting what an offset confirms, as Telegram does), records every
 * request and every sendMessage, refuses malformed HTML and over-long texts as Telegram would, and
 * fails the next calls of a method on demand (429 with retry_after, 5xx, 403, chat not found,
 * a dropped connection). Method names match case-insensitively; bodies may be JSON, form data or
 * a query string.
 *
 * <p>Public so that tests in other packages (the daily summary's posting) can use it: point
 * {@code TELEGRAM_API_URL} at {@link #url()}, post through {@code TelegramPlatform.outbox()} (no
 * need to start it) and read {@link #sent()}. Note that OkHttp quietly retries a request whose
 * connection was dropped ({@link Failure#disconnect()}), so that failure uses up the next one queued.
 */
public final class FakeBotApi implements AutoCloseable {
    static {
        // Without TCP_NODELAY the JDK server's small answers wait out the client's delayed ACK (~40 ms each).
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }


    public static final long BOT_ID = 4242;
    public static final String BOT_USERNAME = "TalkBot";
    private static final Pattern PATH = Pattern.compile("^/bot([^/]+)/(?:test/)?([A-Za-z]+)/?$");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The longest a getUpdates call is held open, whatever timeout it asks for. */
    private static final long MAX_HOLD_MILLIS = 2000;

    /** A request as the fake received it. */
    public record Call(String method, String token, JsonNode params) {}

    /** A message the bot sent; {@code replyMarkup} is its inline keyboard, or null. */
    public record Sent(String chatId, String text, String parseMode, Integer replyTo, Integer threadId, int messageId,
            JsonNode replyMarkup) {
        /** The inline keyboard's buttons, row by row flattened: each its text and callback data. */
        public List<Button> buttons() {
            List<Button> out = new ArrayList<>();
            if (replyMarkup != null) {
                for (JsonNode row : replyMarkup.path("inline_keyboard")) {
                    for (JsonNode b : row) {
                        out.add(new Button(b.path("text").asText(), b.path("callback_data").asText()));
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
    }

    /** An inline keyboard button as sent. */
    public record Button(String text, String data) {}

    /** How to fail one call. */
    public record Failure(int status, String body, boolean dropConnection) {
        public static Failure tooManyRequests(int retryAfter) {
            return json(429, "Too Many Requests: retry after " + retryAfter, "{\"retry_after\":" + retryAfter + "}");
        }

        public static Failure serverError() {
            return json(500, "Internal Server Error", null);
        }

        /** A 502 from a proxy in front of the API: not the Bot API's JSON at all. */
        public static Failure badGatewayPage() {
            return new Failure(502, "<html><body>502 Bad Gateway</body></html>", false);
        }

        public static Failure forbidden() {
            return json(403, "Forbidden: bot was blocked by the user", null);
        }

        public static Failure chatNotFound() {
            return json(400, "Bad Request: chat not found", null);
        }

        public static Failure unauthorized() {
            return json(401, "Unauthorized", null);
        }

        /** The connection closes without an answer. */
        public static Failure disconnect() {
            return new Failure(0, null, true);
        }

        public static Failure json(int code, String description, String parameters) {
            return new Failure(code, "{\"ok\":false,\"error_code\":" + code + ",\"description\":"
                    + quote(description) + (parameters == null ? "" : ",\"parameters\":" + parameters) + "}", false);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final List<Call> calls = new ArrayList<>();
    private final List<Sent> sent = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private final Map<String, Deque<Failure>> failures = new HashMap<>();
    private final List<String> commands = new ArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private int nextUpdateId = 100;
    private int nextMessageId = 1000;
    private int sendAttempts;
    private int unreadableAccepts;
    private boolean honourOffsets = true;
    private boolean holdPolls = true;
    private boolean closed;

    public FakeBotApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "fake-bot-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
    }

    /** The base URL, as TELEGRAM_API_URL takes it. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    // --- scripting ---

    /** Queues an update (the fake gives it its update_id, and its message a message_id); returns the update_id. */
    public int enqueue(ObjectNode update) {
        lock.lock();
        try {
            int id = nextUpdateId++;
            ObjectNode u = JSON.createObjectNode().put("update_id", id);
            u.setAll(update);
            for (String field : List.of("message", "edited_message", "channel_post")) {
                if (u.get(field) instanceof ObjectNode m && !m.has("message_id")) {
                    m.put("message_id", nextMessageId++);
                }
            }
            updates.add(u);
            changed.signalAll();
            return id;
        } finally {
            lock.unlock();
        }
    }

    /** Makes the next calls of {@code method} fail, one failure each, in order. */
    public void failNext(String method, Failure... fs) {
        lock.lock();
        try {
            Deque<Failure> q = failures.computeIfAbsent(method.toLowerCase(Locale.ROOT), k -> new ArrayDeque<>());
            q.addAll(List.of(fs));
        } finally {
            lock.unlock();
        }
    }

    /**
     * The next {@code n} sendMessage calls are taken (recorded as sent) but answered with
     * {@code "ok": true} and a result the client cannot read.
     */
    public void acceptUnreadably(int n) {
        lock.lock();
        try {
            unreadableAccepts += n;
        } finally {
            lock.unlock();
        }
    }

    /**
     * When false, getUpdates serves every update queued, whatever the offset: a server that lost
     * the confirmations, as after a crash before the next poll reached Telegram.
     */
    public void honourOffsets(boolean honour) {
        lock.lock();
        try {
            honourOffsets = honour;
        } finally {
            lock.unlock();
        }
    }

    /** When false, getUpdates answers at once even when there is nothing new, as a simple server might. */
    public void holdPolls(boolean hold) {
        lock.lock();
        try {
            holdPolls = hold;
        } finally {
            lock.unlock();
        }
    }

    // --- what happened ---

    public List<Sent> sent() {
        lock.lock();
        try {
            return List.copyOf(sent);
        } finally {
            lock.unlock();
        }
    }

    public List<Sent> sentTo(long chatId) {
        return sent().stream().filter(s -> s.chatId().equals(Long.toString(chatId))).toList();
    }

    /** sendMessage calls received, failed ones included. */
    public int sendAttempts() {
        lock.lock();
        try {
            return sendAttempts;
        } finally {
            lock.unlock();
        }
    }

    public List<Call> calls() {
        lock.lock();
        try {
            return List.copyOf(calls);
        } finally {
            lock.unlock();
        }
    }

    public List<Call> calls(String method) {
        return calls().stream().filter(c -> c.method().equalsIgnoreCase(method)).toList();
    }

    /** The offsets of the getUpdates calls, in order. */
    public List<Integer> offsets() {
        lock.lock();
        try {
            return List.copyOf(offsets);
        } finally {
            lock.unlock();
        }
    }

    /** The commands from the last setMyCommands. */
    public List<String> commands() {
        lock.lock();
        try {
            return List.copyOf(commands);
        } finally {
            lock.unlock();
        }
    }

    // --- updates as Telegram sends them ---

    public static ObjectNode privateText(long chatId, String text) {
        ObjectNode m = message(chat(chatId, "private"), user(chatId, false), text);
        return JSON.createObjectNode().set("message", m);
    }

    public static ObjectNode groupText(long chatId, long userId, String text) {
        ObjectNode m = message(chat(chatId, "supergroup"), user(userId, false), text);
        return JSON.createObjectNode().set("message", m);
    }

    /** A group message replying to message {@code repliedTo}, written by the bot when {@code toBot}. */
    public static ObjectNode groupReply(long chatId, long userId, String text, int repliedTo, boolean toBot) {
        ObjectNode original = message(chat(chatId, "supergroup"),
                toBot ? user(BOT_ID, true).put("username", BOT_USERNAME) : user(userId + 1, false), "earlier");
        original.put("message_id", repliedTo);
        ObjectNode m = message(chat(chatId, "supergroup"), user(userId, false), text);
        m.set("reply_to_message", original);
        return JSON.createObjectNode().set("message", m);
    }

    /** A group message from an anonymous admin: Telegram shows it as from @GroupAnonymousBot, on the group's behalf. */
    public static ObjectNode anonymousAdminText(long chatId, String text) {
        ObjectNode m = message(chat(chatId, "supergroup"),
                user(1087968824, true).put("username", "GroupAnonymousBot"), text);
        m.set("sender_chat", chat(chatId, "supergroup"));
        return JSON.createObjectNode().set("message", m);
    }

    /** A group message from another bot. */
    public static ObjectNode botText(long chatId, String text) {
        ObjectNode m = message(chat(chatId, "supergroup"), user(5555, true).put("username", "OtherBot"), text);
        return JSON.createObjectNode().set("message", m);
    }

    public static ObjectNode photo(long chatId) {
        ObjectNode m = message(chat(chatId, "private"), user(chatId, false), null);
        ArrayNode sizes = m.putArray("photo");
        sizes.addObject().put("file_id", "AgAD").put("file_unique_id", "u1").put("width", 90).put("height", 90);
        m.put("caption", "a photo");
        return JSON.createObjectNode().set("message", m);
    }

    public static ObjectNode sticker(long chatId) {
        ObjectNode m = message(chat(chatId, "private"), user(chatId, false), null);
        m.putObject("sticker").put("file_id", "CAAD").put("file_unique_id", "s1").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return JSON.createObjectNode().set("message", m);
    }

    public static ObjectNode editedText(long chatId, String text) {
        ObjectNode m = message(chat(chatId, "private"), user(chatId, false), text);
        m.put("message_id", 1).put("edit_date", Instant.now().getEpochSecond());
        return JSON.createObjectNode().set("edited_message", m);
    }

    /**
     * A press of a button with callback {@code data} under the bot's message {@code messageId} in
     * {@code chatId} (private when positive, else a supergroup), by {@code userId}.
     */
    public static ObjectNode press(long chatId, long userId, int messageId, String data) {
        ObjectNode q = JSON.createObjectNode().put("id", "cb" + PRESSES.incrementAndGet()).put("chat_instance", "ci")
                .put("data", data);
        q.set("from", user(userId, false));
        ObjectNode m = message(chat(chatId, chatId > 0 ? "private" : "supergroup"),
                user(BOT_ID, true).put("username", BOT_USERNAME), "an answer");
        m.put("message_id", messageId);
        q.set("message", m);
        return JSON.createObjectNode().set("callback_query", q);
    }

    private static final java.util.concurrent.atomic.AtomicInteger PRESSES = new java.util.concurrent.atomic.AtomicInteger();

    /** The reply_markup of a call (JSON, or a form field holding JSON); null when it has none. */
    private static JsonNode markup(JsonNode params) {
        JsonNode m = params.get("reply_markup");
        if (m == null || m.isNull()) {
            return null;
        }
        if (m.isTextual()) {
            try {
                return JSON.readTree(m.asText());
            } catch (IOException e) {
                return null;
            }
        }
        return m;
    }

    /** The keyboards the bot gave its messages afterwards (editMessageReplyMarkup), in order: message id and keyboard. */
    public List<Map.Entry<Integer, JsonNode>> keyboardEdits() {
        List<Map.Entry<Integer, JsonNode>> out = new ArrayList<>();
        for (Call c : calls("editmessagereplymarkup")) {
            out.add(Map.entry(c.params().path("message_id").asInt(), markup(c.params())));
        }
        return out;
    }

    public static ObjectNode callbackQuery(long userId) {
        ObjectNode q = JSON.createObjectNode().put("id", "cb1").put("chat_instance", "ci").put("data", "x");
        q.set("from", user(userId, false));
        return JSON.createObjectNode().set("callback_query", q);
    }

    public static ObjectNode channelPost(long chatId, String text) {
        ObjectNode m = JSON.createObjectNode().put("date", Instant.now().getEpochSecond()).put("text", text);
        m.set("chat", chat(chatId, "channel").put("title", "News"));
        return JSON.createObjectNode().set("channel_post", m);
    }

    private static ObjectNode message(ObjectNode chat, ObjectNode from, String text) {
        ObjectNode m = JSON.createObjectNode().put("date", Instant.now().getEpochSecond());
        m.set("chat", chat);
        m.set("from", from);
        if (text != null) {
            m.put("text", text);
        }
        return m;
    }

    private static ObjectNode chat(long id, String type) {
        ObjectNode c = JSON.createObjectNode().put("id", id).put("type", type);
        if (!type.equals("private")) {
            c.put("title", "Trade watchers");
        } else {
            c.put("first_name", "Ada");
        }
        return c;
    }

    private static ObjectNode user(long id, boolean bot) {
        return JSON.createObjectNode().put("id", id).put("is_bot", bot).put("first_name", bot ? "Talk Bot" : "Ada");
    }

    // --- serving ---

    private void serve(HttpExchange exchange) throws IOException {
        active.incrementAndGet();
        try (exchange) {
            Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
            if (!path.matches()) {
                respond(exchange, 404, "{\"ok\":false,\"error_code\":404,\"description\":\"Not Found\"}");
                return;
            }
            String token = URLDecoder.decode(path.group(1), StandardCharsets.UTF_8);
            String method = path.group(2).toLowerCase(Locale.ROOT);
            JsonNode params = params(exchange);
            Failure failure;
            lock.lock();
            try {
                calls.add(new Call(method, token, params));
                if (method.equals("sendmessage")) {
                    sendAttempts++;
                }
                Deque<Failure> q = failures.get(method);
                failure = q == null ? null : q.poll();
            } finally {
                lock.unlock();
            }
            if (failure != null) {
                if (!failure.dropConnection()) {
                    respond(exchange, failure.status(), failure.body());
                }
                return;
            }
            String result = switch (method) {
                case "getme" -> JSON.writeValueAsString(user(BOT_ID, true).put("username", BOT_USERNAME)
                        .put("can_join_groups", true).put("can_read_all_group_messages", false)
                        .put("supports_inline_queries", false));
                case "getupdates" -> getUpdates(params);
                case "sendmessage" -> sendMessage(params, exchange);
                case "setmycommands" -> setMyCommands(params);
                default -> "true";
            };
            if (result != null) {
                respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            active.decrementAndGet();
        }
    }

    private String getUpdates(JsonNode params) throws InterruptedException, IOException {
        int offset = params.path("offset").asInt(0);
        long timeoutMillis = Math.min(MAX_HOLD_MILLIS, params.path("timeout").asLong(0) * 1000);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            offsets.add(offset);
            if (honourOffsets && offset > 0) {
                updates.removeIf(u -> u.get("update_id").asInt() < offset);
            }
            while (true) {
                List<ObjectNode> ready = updates.stream()
                        .filter(u -> !honourOffsets || u.get("update_id").asInt() >= offset)
                        .limit(params.path("limit").asInt(100))
                        .toList();
                long left = deadline - System.nanoTime();
                if (!ready.isEmpty() || left <= 0 || closed || !holdPolls) {
                    ArrayNode out = JSON.createArrayNode();
                    ready.forEach(out::add);
                    return JSON.writeValueAsString(out);
                }
                changed.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    private String sendMessage(JsonNode p, HttpExchange exchange) throws IOException {
        String text = p.path("text").asText("");
        String parseMode = p.hasNonNull("parse_mode") ? p.get("parse_mode").asText() : null;
        if (text.isEmpty()) {
            respond(exchange, 400, Failure.json(400, "Bad Request: message text is empty", null).body());
            return null;
        }
        if (text.length() > TelegramHtml.MAX_MESSAGE_CHARS) {
            respond(exchange, 400, Failure.json(400, "Bad Request: message is too long", null).body());
            return null;
        }
        if ("HTML".equalsIgnoreCase(parseMode)) {
            Optional<String> problem = HtmlCheck.problem(text);
            if (problem.isPresent()) {
                respond(exchange, 400, Failure.json(400, "Bad Request: can't parse entities: " + problem.get(), null).body());
                return null;
            }
        }
        Integer replyTo = p.path("reply_parameters").hasNonNull("message_id")
                ? Integer.valueOf(p.path("reply_parameters").get("message_id").asInt())
                : p.hasNonNull("reply_to_message_id") ? Integer.valueOf(p.get("reply_to_message_id").asInt()) : null;
        Integer thread = p.hasNonNull("message_thread_id") ? Integer.valueOf(p.get("message_thread_id").asInt()) : null;
        String chatId = p.path("chat_id").asText();
        int messageId;
        boolean unreadable;
        lock.lock();
        try {
            messageId = nextMessageId++;
            sent.add(new Sent(chatId, text, parseMode, replyTo, thread, messageId, markup(p)));
            changed.signalAll();
            unreadable = unreadableAccepts > 0;
            if (unreadable) {
                unreadableAccepts--;
            }
        } finally {
            lock.unlock();
        }
        if (unreadable) {
            return "{\"message_id\":\"not a number\",\"chat\":17}";
        }
        long chat = Long.parseLong(chatId);
        ObjectNode m = message(chat(chat, chat > 0 ? "private" : "supergroup"),
                user(BOT_ID, true).put("username", BOT_USERNAME), text);
        m.put("message_id", messageId);
        return JSON.writeValueAsString(m);
    }

    private String setMyCommands(JsonNode p) {
        lock.lock();
        try {
            commands.clear();
            p.path("commands").forEach(c -> commands.add(c.path("command").asText()));
        } finally {
            lock.unlock();
        }
        return "true";
    }

    private static JsonNode params(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String type = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse("")
                .toLowerCase(Locale.ROOT);
        ObjectNode params = JSON.createObjectNode();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            form(params, query);
        }
        if (body.length > 0) {
            String text = new String(body, StandardCharsets.UTF_8);
            if (type.contains("json") || text.startsWith("{")) {
                params.setAll((ObjectNode) JSON.readTree(text));
            } else if (type.contains("x-www-form-urlencoded")) {
                form(params, text);
            }
        }
        return params;
    }

    /** Form fields; values that are JSON objects or arrays (reply_parameters, commands) are parsed. */
    private static void form(ObjectNode params, String encoded) throws IOException {
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            if (value.startsWith("{") || value.startsWith("[")) {
                params.set(key, JSON.readTree(value));
            } else {
                params.put(key, value);
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type",
                body.startsWith("{") ? "application/json" : "text/html");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String quote(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        // Held getUpdates calls answer at once now: let them get their answers out before the connections close.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        while (active.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            Thread.yield();
        }
        server.stop(0);
        executor.shutdownNow();
    }
}
