package talkbot.adapter.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.auth.AuthTestResponse;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.adapter.Platform;
import talkbot.adapter.delivery.InboxWorkers;
import talkbot.adapter.delivery.SendGates;
import talkbot.chat.Conversation;
import talkbot.chat.Outbox;
import talkbot.config.ConfigException;
import talkbot.config.Secret;
import talkbot.config.SlackSettings;
import talkbot.store.Store;
import talkbot.web.WebServer;

/**
 * Slack in front of the core: the slash command {@code /talks}, mentions (answered in a thread)
 * and direct messages, over Socket Mode when {@code SLACK_APP_TOKEN} is set and over HTTP
 * ({@code POST /slack/events} and {@code GET /health} on {@code SLACK_PORT}) otherwise. Every
 * message to answer is written to the store's inbox before Slack is told it arrived, and answered
 * from there by {@link InboxWorkers}, once, after a restart too. Replies go out as Block Kit
 * through the Web API at {@code SLACK_API_URL}.
 */
public final class SlackPlatform implements Platform {
    public static final String NAME = SlackRequests.PLATFORM;

    private static final Logger LOG = LoggerFactory.getLogger(SlackPlatform.class);
    /** auth.test errors that mean the bot token itself is wrong: starting makes no sense. */
    private static final Set<String> BAD_TOKEN = Set.of("invalid_auth", "not_authed", "account_inactive",
            "token_revoked", "token_expired", "not_allowed_token_type");

    private final SlackSettings settings;
    private final Tuning tuning;
    private final int articleCount;
    private final String botToken;
    private final SendGates gates = new SendGates();
    private final Slack slack;
    private final InboxWorkers workers;
    private final SlashCommands commands;
    private final MessageEvents events;
    private final Interactivity interactivity;
    private final Outbox outbox;
    private volatile BotIdentity self = BotIdentity.UNKNOWN;
    private App app;
    static final String HEALTH_PATH = "/health";
    private WebServer shared;
    private WebServer own;
    private SocketModeTransport socketMode;
    private boolean closed;

    /**
     * Builds the adapter without touching the network; {@link #start()} connects.
     *
     * @param articleCount how many articles the corpus holds, reported by {@code GET /health}
     */
    public SlackPlatform(SlackSettings settings, Conversation conversation, Store store, int articleCount) {
        this(settings, conversation, store, articleCount, Tuning.standard());
    }

    SlackPlatform(SlackSettings settings, Conversation conversation, Store store, int articleCount, Tuning tuning) {
        this.settings = settings;
        this.tuning = tuning;
        this.articleCount = articleCount;
        this.botToken = settings.botToken().reveal();

        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(methodsPrefix(settings.apiUrl()));
        config.setPrettyResponseLoggingEnabled(false);
        // the client's call statistics want each token's team id, which costs a hidden auth.test
        config.setStatsEnabled(false);
        // HTTP/1.1, and chat.postMessage through the send gate: see SendGates
        this.slack = Slack.getInstance(config, new com.slack.api.util.http.SlackHttpClient(new okhttp3.OkHttpClient.Builder()
                .protocols(java.util.List.of(okhttp3.Protocol.HTTP_1_1))
                .retryOnConnectionFailure(false) // ChatPoster retries, in sight of the send gate
                .addInterceptor(gates.interceptor(java.util.Set.of("chat.postmessage"), (request, body) -> SendGates.threadKey(),
                        ChatPoster::accepted))
                .build()));
        ChatPoster poster = new ChatPoster(slack.methods(botToken), tuning.retries());
        ChannelAccess access = new ChannelAccess(slack.methods(botToken), () -> self.name());
        SlackRequests requests = new SlackRequests(access::problem);
        AckSlots slots = new AckSlots();
        this.workers = new InboxWorkers(NAME, store.inbox(NAME),
                new SlackAnswers(conversation, requests, poster, new ResponseUrlPoster(tuning.retries()), slots,
                        GsonFactory.createSnakeCase(config), gates),
                InboxWorkers.Limits.of(tuning.workerThreads(), settings.delivery()));
        SlackIntake intake = new SlackIntake(workers, tuning.intakeBudget());
        this.commands = new SlashCommands(intake, slots, tuning.ackDeadline());
        this.events = new MessageEvents(intake, () -> self);
        this.interactivity = new Interactivity(intake);
        this.outbox = new SlackOutbox(poster);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Checks the bot token with {@code auth.test}, then connects over Socket Mode or starts the HTTP
     * server. HTTP mode without SLACK_SIGNING_SECRET throws a {@link ConfigException}.
     */
    @Override
    public synchronized void start() throws IOException {
        if (closed || app != null) {
            throw new IllegalStateException(closed ? "closed" : "already started");
        }
        Optional<String> appToken = reveal(settings.appToken());
        Optional<String> signingSecret = reveal(settings.signingSecret());
        if (appToken.isEmpty() && signingSecret.isEmpty()) {
            throw new ConfigException("SLACK_SIGNING_SECRET: must be set for Slack's HTTP mode"
                    + " (or set SLACK_APP_TOKEN to use Socket Mode)");
        }
        AuthTestResponse auth = authTest();
        self = new BotIdentity(auth.getUserId(), auth.getBotId(), auth.getUser());
        app = BoltApp.create(slack, botToken, auth, commands, events, interactivity);
        app.start();
        workers.start();
        if (appToken.isPresent()) {
            socketMode = new SocketModeTransport(appToken.get(), app);
            socketMode.start();
            LOG.info("slack: connected in Socket Mode");
        } else {
            RequestSignature signature = new RequestSignature(signingSecret.get(), Clock.systemUTC());
            WebServer server = shared;
            if (server == null) {
                // on its own (no shared server): its own on SLACK_PORT, with /health
                InetSocketAddress address = tuning.bindAddress() == null
                        ? new InetSocketAddress(settings.port())
                        : new InetSocketAddress(tuning.bindAddress(), settings.port());
                server = new WebServer(address, "SLACK_PORT", tuning.httpThreads(), tuning.readDeadline());
                server.route("GET", HEALTH_PATH, request -> WebServer.Reply.json(200, "{\"status\":\"ok\","
                        + "\"platform\":\"slack\",\"articles\":" + articleCount + ",\"unanswered\":" + workers.held() + "}"));
                own = server;
            }
            server.route("POST", SlackEventsRoute.EVENTS_PATH, new SlackEventsRoute(signature, app));
            if (own != null) {
                own.start();
            }
            LOG.info("slack: HTTP mode, POST {} on port {}", SlackEventsRoute.EVENTS_PATH, server.port());
        }
    }

    @Override
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Stops taking requests, lets answers in progress finish within the shutdown grace (the rest
     * stay in the inbox for the next start), releases threads and sockets.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (own != null) {
            own.close();
        }
        if (socketMode != null) {
            socketMode.close();
        }
        workers.close();
        if (app != null) {
            app.stop();
        }
        try {
            slack.close();
        } catch (Exception e) {
            LOG.warn("slack: closing the Web API client failed: {}", e.toString());
        }
    }

    /** The HTTP port listened on; -1 in Socket Mode or before start. */
    synchronized int port() {
        return own != null ? own.port() : shared != null && socketMode == null && app != null ? shared.port() : -1;
    }

    /** HTTP mode's route goes on the bot's one server instead of a server of its own. Call before start. */
    @Override
    public synchronized void serveOn(WebServer server) {
        this.shared = server;
    }

    /** True when no answer is being worked out or posted. */
    boolean idle() {
        return workers.idle();
    }

    BotIdentity self() {
        return self;
    }

    /** Checks the bot token: a refused token is a {@link ConfigException}, an unreachable Slack an IOException. */
    private AuthTestResponse authTest() throws IOException {
        AuthTestResponse r;
        try {
            r = slack.methods(botToken).authTest(req -> req);
        } catch (SlackApiException e) {
            int status = e.getResponse() == null ? 0 : e.getResponse().code();
            throw new IOException("Slack auth.test failed at " + settings.apiUrl() + " (HTTP " + status + ")");
        } catch (IOException e) {
            throw new IOException("Slack auth.test failed at " + settings.apiUrl() + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (!r.isOk()) {
            if (BAD_TOKEN.contains(r.getError())) {
                throw new ConfigException("SLACK_BOT_TOKEN: refused by Slack (auth.test: " + r.getError() + ")");
            }
            throw new IOException("Slack auth.test failed at " + settings.apiUrl() + " (" + r.getError() + ")");
        }
        return r;
    }

    private static Optional<String> reveal(Optional<Secret> secret) {
        return secret.map(Secret::reveal).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** The Web API URL with the trailing slash the client expects before a method name. */
    static String methodsPrefix(URI apiUrl) {
        String s = apiUrl.toString();
        return s.endsWith("/") ? s : s + "/";
    }
}
