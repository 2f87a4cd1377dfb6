package talkbot.adapter.telegram;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import talkbot.adapter.Platform;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.adapter.delivery.SendGates;
import talkbot.chat.Command;
import talkbot.chat.Conversation;
import talkbot.chat.Outbox;
import talkbot.config.TelegramSettings;
import talkbot.store.Store;

/**
 * The bot on Telegram, by long polling (no public URL needed), against the Bot API at
 * {@code TELEGRAM_API_URL}. {@link #start()} learns the bot's @username (getMe), registers the
 * command menu (setMyCommands), answers what the inbox holds from before and starts polling;
 * {@link #close()} stops polling, lets replies in progress finish within the shutdown grace and
 * releases every thread it started (all of them daemons). Every message for the bot is written to
 * the store's inbox before the next getUpdates confirms it to Telegram, and marked done once its
 * reply is sent, so a message is answered once across crashes and restarts (see
 * {@link UpdatePoller} and {@link InboxWorkers}). The token is only ever put in request URLs,
 * never in a log line.
 */
public final class TelegramPlatform implements Platform {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramPlatform.class);

    static final String NAME = "telegram";
    /** The store's cursor holding the next getUpdates offset, per bot id: every update below it is in the inbox. */
    static final String OFFSET = "telegram.next_offset.";
    /** The cursor of builds before the inbox: the last update handled (the next offset is one past it). */
    static final String LEGACY_CURSOR = "telegram.last_update_id.";

    private final TelegramSettings settings;
    private final Conversation conversation;
    private final Store store;
    private final TelegramOptions options;
    private final String token;
    private final Redactor redactor;
    private final TelegramUrl url;
    private final ExecutorService httpExecutor;
    private final SendGates gates = new SendGates();
    private final OkHttpClient http;
    private final OkHttpClient pollHttp;
    private final BotApiCaller caller;
    private final BotApiCaller pollCaller;
    private final ReplySender sender;
    private final TelegramOutbox outbox;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Guards the polling parts, so that a close() during start() either stops them or keeps them from starting. */
    private final Object lifecycle = new Object();

    private volatile BotIdentity me;
    private InboxWorkers workers;
    private PollingLeader leader;
    private volatile talkbot.web.WebServer web;

    public TelegramPlatform(TelegramSettings settings, Conversation conversation, Store store) {
        this(settings, conversation, store, TelegramOptions.defaults());
    }

    TelegramPlatform(TelegramSettings settings, Conversation conversation, Store store, TelegramOptions options) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.token = settings.botToken().reveal();
        this.redactor = new Redactor(token);
        this.url = telegramUrl(settings.apiUrl());
        this.httpExecutor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DaemonThreads("telegram-http"));
        Dispatcher calls = new Dispatcher(httpExecutor);
        calls.setMaxRequests(64);
        calls.setMaxRequestsPerHost(64);
        // unprompted posts (the daily summary) go without the send gates: a worker's gate is opened
        // under its chat, and a post to that chat must not pass for (and be recorded as) its reply
        OkHttpClient ungated = new OkHttpClient.Builder()
                .dispatcher(calls)
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.requestTimeout())
                .writeTimeout(options.requestTimeout())
                .addInterceptor(new AcceptedSends())
                .protocols(List.of(okhttp3.Protocol.HTTP_1_1)) // a request is acted on once its last byte is in: see SendGates
                .retryOnConnectionFailure(false) // BotApiCaller retries, in sight of the send gate
                .build();
        this.http = ungated.newBuilder()
                .addInterceptor(gates.interceptor(java.util.Set.of("sendmessage"), (request, body) -> chatIdOf(body),
                        okhttp3.Response::isSuccessful))
                .build();
        // its own dispatcher, so that stopping a poll in flight leaves replies alone
        this.pollHttp = new OkHttpClient.Builder()
                .dispatcher(new Dispatcher(httpExecutor))
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.pollTimeout().plus(options.requestTimeout()))
                .writeTimeout(options.requestTimeout())
                .addInterceptor(new LenientDeleteWebhook())
                .build();
        this.caller = new BotApiCaller(new OkHttpTelegramClient(http, token, url), redactor);
        this.pollCaller = new BotApiCaller(new OkHttpTelegramClient(pollHttp, token, url), redactor);
        this.sender = new ReplySender(caller);
        this.outbox = new TelegramOutbox(new ReplySender(new BotApiCaller(new OkHttpTelegramClient(ungated, token, url),
                redactor)), options.outboxMaxInlineWait(), options.replies(), redactor);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Learns who the bot is, registers its commands and starts polling; returns once polling runs.
     *
     * @throws IllegalStateException when Telegram refuses the token or cannot be reached (after retrying)
     */
    @Override
    public void start() throws InterruptedException {
        if (closed.get()) {
            throw new IllegalStateException("the Telegram platform is closed");
        }
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("the Telegram platform is already started");
        }
        BotIdentity identity = identify();
        me = identity;
        registerCommands();
        Optional<URI> webhook = settings.webhookUrl();
        if (webhook.isPresent()) {
            if (web == null) {
                throw new IllegalStateException("TELEGRAM_WEBHOOK_URL needs the bot's HTTP server (TALKBOT_HTTP_PORT)");
            }
        } else {
            deleteWebhook();
        }
        synchronized (lifecycle) {
            if (closed.get()) {
                throw new IllegalStateException("the Telegram platform was closed while starting");
            }
            MessageRouter router = new MessageRouter(identity);
            UpdateHandler handler = new UpdateHandler(conversation, router, sender, caller, options.replies(), redactor, gates);
            workers = new InboxWorkers("telegram", store.inbox(NAME),
                    (item, sending) -> handler.handle(item.payload(), item.from(), sending),
                    InboxWorkers.Limits.of(options.workers(), settings.delivery()));
            workers.start();
            if (webhook.isPresent()) {
                String secret = settings.webhookSecret().orElseThrow().reveal();
                web.route("POST", WebhookRoute.PATH, new WebhookRoute(secret, workers, router, Duration.ofMillis(1500)));
            } else {
                String offsetName = OFFSET + identity.id();
                leader = new PollingLeader(store, "telegram-poller." + identity.id(),
                        () -> store.cursor(offsetName).orElse(store.cursor(LEGACY_CURSOR + identity.id()).orElse(-1) + 1),
                        from -> new UpdatePoller(pollCaller, workers, router, offsetName, from, options, redactor));
                leader.start();
            }
        }
        if (webhook.isPresent()) {
            setWebhook(webhook.get(), settings.webhookSecret().orElseThrow().reveal());
            LOG.info("telegram: webhook mode as @{} (POST {})", identity.username(), WebhookRoute.PATH);
        } else {
            LOG.info("telegram: {} as @{}", leader.leading() ? "polling" : "waiting to poll (another replica polls)",
                    identity.username());
        }
    }

    /** The webhook's route goes on the bot's one HTTP server. Call before start. */
    @Override
    public void serveOn(talkbot.web.WebServer server) {
        this.web = server;
    }

    /** Tells Telegram where to post updates, with the secret it sends back and only the updates the bot reads. */
    private void setWebhook(URI webhook, String secret) {
        String body;
        try {
            body = JSON.writeValueAsString(java.util.Map.of("url", webhook.toString(), "secret_token", secret,
                    "allowed_updates", UpdatePoller.ALLOWED_UPDATES));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        okhttp3.Request request = new okhttp3.Request.Builder()
                .url(url.getSchema() + "://" + url.getHost() + ":" + url.getPort() + "/bot" + token + "/setWebhook")
                .post(okhttp3.RequestBody.create(body, okhttp3.MediaType.get("application/json")))
                .build();
        try (okhttp3.Response r = http.newCall(request).execute()) {
            String answer = r.body() == null ? "" : r.body().string();
            if (!r.isSuccessful() || !JSON.readTree(answer).path("ok").asBoolean(false)) {
                throw new IllegalStateException("Telegram refused setWebhook (HTTP " + r.code() + "): "
                        + redactor.redact(JSON.readTree(answer).path("description").asText("")));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot reach the Telegram Bot API at " + url.getHost() + " for setWebhook: "
                    + e.getClass().getSimpleName());
        }
    }

    /** The bot's identity from getMe; empty until {@link #start()} has learnt it. */
    Optional<BotIdentity> identity() {
        return Optional.ofNullable(me);
    }

    private BotIdentity identify() throws InterruptedException {
        try {
            User user = caller.call(new GetMe(), options.replies());
            if (user == null || user.getId() == null || user.getUserName() == null) {
                throw new IllegalStateException("the Telegram Bot API returned no bot username from getMe");
            }
            return new BotIdentity(user.getId(), user.getUserName());
        } catch (BotApiCaller.CallFailedException e) {
            ApiFailure f = e.failure();
            if (f.code() == 401 || f.code() == 404) {
                throw new IllegalStateException("Telegram refused the bot token (" + f.code()
                        + "): check TELEGRAM_BOT_TOKEN");
            }
            if (f.kind() == ApiFailure.Kind.MALFORMED) {
                throw new IllegalStateException("the Telegram Bot API at " + url.getHost() + " answered getMe, but not with"
                        + " a bot user I can read (" + redactor.redact(f.description()) + "): is TELEGRAM_API_URL a Bot API server?");
            }
            throw new IllegalStateException("cannot reach the Telegram Bot API at " + url.getHost() + ": "
                    + redactor.redact(f.toString()));
        }
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    /** The chat a sendMessage body is for (the key its send gate is opened under). */
    static String chatIdOf(String body) {
        try {
            return JSON.readTree(body).path("chat_id").asText(null);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /** Long polling fails while a webhook is set; a server that does not know the method has none. */
    private void deleteWebhook() throws InterruptedException {
        try {
            pollCaller.call(new DeleteWebhook(), options.replies());
        } catch (BotApiCaller.CallFailedException e) {
            throw new IllegalStateException("cannot delete the Telegram webhook before polling: "
                    + redactor.redact(e.failure().toString()));
        }
    }

    /** The send gates of replies (for tests). */
    SendGates gates() {
        return gates;
    }

    /** The workers answering the inbox; null before start. */
    InboxWorkers workers() {
        synchronized (lifecycle) {
            return workers;
        }
    }

    private void registerCommands() throws InterruptedException {
        List<BotCommand> commands = Arrays.stream(Command.values())
                .map(c -> new BotCommand(c.word(), c.description()))
                .toList();
        try {
            caller.call(new SetMyCommands(commands), RetryPolicy.once(options.outboxMaxInlineWait()));
        } catch (BotApiCaller.CallFailedException e) {
            LOG.warn("telegram: cannot register the command menu ({}); commands still work",
                    redactor.redact(e.failure().toString()));
        }
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    /** Stops polling, lets replies in progress finish within the shutdown grace, and stops every thread. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        PollingLeader p;
        InboxWorkers w;
        synchronized (lifecycle) {
            p = leader;
            w = workers;
        }
        if (p != null) {
            p.close(); // takes no more updates: what Telegram still has, it keeps
        }
        pollHttp.dispatcher().cancelAll();
        if (w != null) {
            w.close(); // replies in progress finish within the grace; the rest stay in the inbox
        }
        httpExecutor.shutdown();
        try {
            if (!httpExecutor.awaitTermination(1, TimeUnit.SECONDS)) {
                httpExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            httpExecutor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        http.connectionPool().evictAll();
        LOG.info("telegram: stopped");
    }

    /** The Bot API server as the library takes it; a path in the URL cannot be honoured and is ignored. */
    static TelegramUrl telegramUrl(URI uri) {
        String scheme = uri.getScheme() == null ? "https" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() != -1 ? uri.getPort() : "http".equals(scheme) ? 80 : 443;
        String path = uri.getPath();
        if (path != null && !path.isEmpty() && !path.equals("/")) {
            LOG.warn("telegram: TELEGRAM_API_URL has a path ({}), which is ignored: the Bot API lives at /bot<token>/",
                    path);
        }
        return new TelegramUrl(scheme, uri.getHost(), port, false);
    }
}
