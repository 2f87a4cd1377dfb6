package talkbot.adapter.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import talkbot.adapter.Platform;
import talkbot.chat.ChatService;
import talkbot.chat.Command;
import talkbot.chat.Outbox;
import talkbot.chat.RateLimiter;
import talkbot.config.Settings;
import talkbot.store.Store;

/**
 * The bot on Telegram, by long polling (no public URL needed), against the Bot API at
 * {@code TELEGRAM_API_URL}. {@link #start()} learns the bot's @username (getMe), registers the
 * command menu (setMyCommands) and starts polling; {@link #close()} stops polling, lets replies in
 * flight finish for a few seconds and releases every thread it started (all of them daemons). The
 * store keeps the last update handled, so a restart handles no update twice. The token is only
 * ever put in request URLs, never in a log line.
 */
public final class TelegramPlatform implements Platform {
    private static final Logger LOG = LoggerFactory.getLogger(TelegramPlatform.class);

    static final String NAME = "telegram";

    /** The only update type the bot acts on; Telegram then sends no others. */
    private static final List<String> ALLOWED_UPDATES = List.of("message");

    private final Settings settings;
    private final ChatService chat;
    private final Store store;
    private final TelegramOptions options;
    private final String token;
    private final Redactor redactor;
    private final TelegramUrl url;
    private final ExecutorService httpExecutor;
    private final OkHttpClient http;
    private final OkHttpClient pollHttp;
    private final BotApiCaller caller;
    private final ReplySender sender;
    private final TelegramOutbox outbox;
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Guards the polling parts, so that a close() during start() either stops them or keeps them from starting. */
    private final Object lifecycle = new Object();

    private volatile BotIdentity me;
    private ScheduledExecutorService pollExecutor;
    private UpdateDispatcher dispatcher;
    private TelegramBotsLongPollingApplication polling;

    /**
     * @throws IllegalArgumentException when {@code settings} holds no Telegram bot token
     */
    public TelegramPlatform(Settings settings, ChatService chat, Store store) {
        this(settings, chat, store, TelegramOptions.defaults());
    }

    TelegramPlatform(Settings settings, ChatService chat, Store store, TelegramOptions options) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.chat = Objects.requireNonNull(chat, "chat");
        this.store = Objects.requireNonNull(store, "store");
        this.options = Objects.requireNonNull(options, "options");
        this.token = settings.telegramBotToken()
                .orElseThrow(() -> new IllegalArgumentException("TELEGRAM_BOT_TOKEN is not set"))
                .reveal();
        this.redactor = new Redactor(token);
        this.url = telegramUrl(settings.telegramApiUrl());
        this.httpExecutor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS,
                new SynchronousQueue<>(), new DaemonThreads("telegram-http"));
        Dispatcher calls = new Dispatcher(httpExecutor);
        calls.setMaxRequests(64);
        calls.setMaxRequestsPerHost(64);
        this.http = new OkHttpClient.Builder()
                .dispatcher(calls)
                .connectTimeout(options.connectTimeout())
                .readTimeout(options.requestTimeout())
                .writeTimeout(options.requestTimeout())
                .build();
        this.pollHttp = http.newBuilder()
                .readTimeout(options.pollTimeout().plus(options.requestTimeout()))
                .addInterceptor(new LenientDeleteWebhook())
                .build();
        this.caller = new BotApiCaller(new OkHttpTelegramClient(http, token, url), redactor);
        this.sender = new ReplySender(caller);
        this.outbox = new TelegramOutbox(sender, options.outboxMaxInlineWait(), options.replies(), redactor);
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
        synchronized (lifecycle) {
            if (closed.get()) {
                throw new IllegalStateException("the Telegram platform was closed while starting");
            }
            UpdateCursor cursor = new UpdateCursor(store, "telegram.last_update_id." + identity.id());
            UpdateHandler handler = new UpdateHandler(chat, new MessageRouter(identity), sender, options.replies(),
                    RateLimiter.perMinute(settings.rateLimitPerMinute()),
                    new RateLimiter(1, Duration.ofMinutes(1), Clock.systemUTC()), redactor);
            PollPacer pacer = new PollPacer(options.minPollGap());
            dispatcher = new UpdateDispatcher(cursor, handler::handle, options.workers(), options.maxPending(),
                    options.closeGrace(), pacer);
            ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(new DaemonThreads("telegram-poll"));
            pollExecutor = executor;
            TelegramBotsLongPollingApplication app = new TelegramBotsLongPollingApplication(ObjectMapper::new,
                    () -> pollHttp, () -> executor,
                    () -> new PollBackOff(options.pollBackOffMin(), options.pollBackOffMax()));
            polling = app;
            int timeout = (int) Math.max(0, options.pollTimeout().toSeconds());
            try {
                // Registering starts the session: it deletes any webhook, then polls on the executor.
                app.registerBot(token, () -> url, lastReceived -> {
                    pacer.beforePoll();
                    return GetUpdates.builder()
                            .offset((int) Math.max(lastReceived, cursor.mark()) + 1)
                            .timeout(timeout)
                            .limit(100)
                            .allowedUpdates(ALLOWED_UPDATES)
                            .build();
                }, dispatcher);
            } catch (TelegramApiException e) {
                throw new IllegalStateException("cannot start polling the Telegram Bot API at " + url.getHost() + ": "
                        + redactor.redact(String.valueOf(e.getMessage())), redactor.scrub(e));
            }
        }
        LOG.info("telegram: polling as @{}", identity.username());
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
            throw new IllegalStateException("cannot reach the Telegram Bot API at " + url.getHost() + ": "
                    + redactor.redact(f.toString()));
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

    /** Stops polling, lets replies in flight finish for up to the grace period, and stops every thread. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        TelegramBotsLongPollingApplication app;
        UpdateDispatcher d;
        ScheduledExecutorService executor;
        synchronized (lifecycle) {
            app = polling;
            d = dispatcher;
            executor = pollExecutor;
        }
        if (app != null) {
            try {
                app.close(); // stops the session and closes the dispatcher, which waits for replies in flight
            } catch (Exception e) {
                LOG.warn("telegram: stopping polling failed", redactor.scrub(e));
            }
        }
        if (d != null) {
            d.close();
        }
        if (executor != null) {
            // A getUpdates call in progress is neither waited for nor interrupted (the library would log an
            // error): its daemon thread ends when the call returns, and whatever it brings is dropped by the
            // closed dispatcher. Telegram has not been told those updates were seen, so it serves them again
            // after a restart.
            executor.shutdown();
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
