package talkbot.replicas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import talkbot.FakeTokens;
import talkbot.JarProcess;
import talkbot.adapter.slack.FakeSlackApi;
import talkbot.adapter.telegram.FakeBotApi;
import talkbot.store.DatabaseConfig;
import talkbot.store.TestPostgres;

/**
 * Several replicas of the built jar on one PostgreSQL (embedded, one per test JVM): each message is
 * answered once whichever replica gets it, and however often; a subscribed chat gets one daily
 * post; one replica polls Telegram, and when it is killed another takes over, losing and repeating
 * nothing; webhook updates are checked and taken once; /metrics counts the questions.
 */
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class ReplicasIT {
    static final String SLACK_TOKEN = FakeTokens.slackBot("replicas.test.token.0123456789");
    static final String SLACK_SECRET = "fakeSigningSecretForTrials1";
    static final String TELEGRAM_TOKEN = "123456:TEST-replicas-token";
    static final String WEBHOOK_SECRET = "webhook-secret_0123456789";
    static final Duration WAIT = Duration.ofSeconds(120);
    /** How many replicas the Slack and Telegram checks run (-Dtalkbot.test.replicas=2 for two). */
    static final int REPLICAS = Integer.getInteger("talkbot.test.replicas", 3);
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final List<JarProcess> bots = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stopAll() {
        bots.forEach(JarProcess::close);
        for (JarProcess bot : bots) { // in the failsafe report, for when a test fails
            String[] lines = bot.output().split("\n");
            System.out.println("--- a replica's last lines:\n"
                    + String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 30), lines.length)));
        }
    }

    private Map<String, String> base(DatabaseConfig db, int n, int port) {
        Map<String, String> env = new HashMap<>();
        env.put("TALKBOT_DATABASE_URL", db.url());
        env.put("TALKBOT_DATABASE_USER", db.user());
        env.put("TALKBOT_DATABASE_PASSWORD", db.password());
        env.put("TALKBOT_DATA_DIR", dir.resolve("data" + n).toString());
        env.put("TALKBOT_HTTP_PORT", String.valueOf(port));
        env.put("TALKBOT_RATE_LIMIT", "100000");
        return env;
    }

    private List<Integer> start(int replicas, Function<Integer, Map<String, String>> env) throws Exception {
        List<Integer> ports = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            int port = freePort();
            ports.add(port);
            Map<String, String> e = new HashMap<>(env.apply(i));
            e.put("TALKBOT_HTTP_PORT", String.valueOf(port));
            bots.add(JarProcess.start(e, "run"));
        }
        for (JarProcess bot : bots) {
            waitFor(() -> bot.output().contains("running with") || !bot.isAlive());
            assertThat(bot.isAlive()).as(bot.output()).isTrue();
        }
        return ports;
    }

    @Test
    void slackEventsAcrossThreeReplicasAreAnsweredOnceAndTheDailyPostGoesOutOnce() throws Exception {
        DatabaseConfig db = TestPostgres.freshDatabase();
        try (FakeSlackApi api = new FakeSlackApi()) {
            List<Integer> ports = start(REPLICAS, i -> {
                Map<String, String> env = base(db, i, 0);
                env.put("SLACK_BOT_TOKEN", SLACK_TOKEN);
                env.put("SLACK_SIGNING_SECRET", SLACK_SECRET);
                env.put("SLACK_API_URL", api.apiUrl().toString());
                env.put("TALKBOT_SUMMARY_TIME", "00:00");
                env.put("TALKBOT_SUMMARY_ZONE", "UTC");
                env.put("TALKBOT_SUBSCRIPTIONS", "slack:C0DAILY");
                return env;
            });
            int events = 30;
            for (int i = 0; i < events; i++) {
                String body = mention(i);
                // round-robin, and each one retried to the next replica, as Slack retries
                assertThat(deliverSlack(ports.get(i % REPLICAS), body, 0)).isEqualTo(200);
                assertThat(deliverSlack(ports.get((i + 1) % REPLICAS), body, 1)).isEqualTo(200);
            }
            waitFor(() -> threadReplies(api).size() >= events && open(db) == 0);
            Map<String, Long> replies = threadReplies(api);
            assertThat(replies).hasSize(events);
            assertThat(replies.values()).as("one reply each").containsOnly(1L);
            for (JarProcess bot : bots) {
                waitFor(() -> bot.output().contains("summary: the ") && bot.output().contains(" round: "));
            }
            assertThat(api.posts().stream().filter(p -> p.channel().equals("C0DAILY")).count())
                    .as("one daily post from " + REPLICAS + " replicas").isEqualTo(1);

            HttpResponse<String> metrics = get(ports.get(0), "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertPrometheusText(metrics.body());
            double asked = 0;
            for (int port : ports) {
                asked += sum(get(port, "/metrics").body(), "talkbot_questions_total");
            }
            assertThat(asked).as("the replicas' counts add up to the questions asked").isEqualTo(events);
            assertThat(get(ports.get(1), "/ready").statusCode()).isEqualTo(200);
            assertThat(get(ports.get(REPLICAS - 1), "/health").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void oneReplicaPollsTelegramAndAnotherTakesOverWhenItIsKilled() throws Exception {
        DatabaseConfig db = TestPostgres.freshDatabase();
        try (FakeBotApi api = new FakeBotApi()) {
            start(REPLICAS, i -> {
                Map<String, String> env = base(db, i, 0);
                env.put("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN);
                env.put("TELEGRAM_API_URL", api.url());
                return env;
            });
            List<JarProcess> leaders = bots.stream().filter(b -> b.output().contains("this replica polls now")).toList();
            assertThat(leaders).as("exactly one replica polls").hasSize(1);
            Map<Integer, Integer> messageToIndex = new HashMap<>();
            int first = 40;
            for (int i = 0; i < first; i++) {
                messageToIndex.put(enqueue(api, i), i);
            }
            waitFor(() -> answered(api, messageToIndex).size() >= 10);
            JarProcess leader = leaders.get(0);
            leader.kill();
            int total = 80;
            for (int i = first; i < total; i++) {
                messageToIndex.put(enqueue(api, i), i);
            }
            waitFor(() -> bots.stream().filter(b -> b != leader)
                    .anyMatch(b -> b.output().contains("this replica polls now")));
            waitFor(() -> answered(api, messageToIndex).size() >= total && open(db) == 0);
            Map<Integer, Long> replies = answered(api, messageToIndex);
            long uncertain = bots.stream().filter(b -> b != leader).mapToLong(b -> uncertain(b.output())).sum();
            assertThat(replies).as("nothing lost").hasSize(total);
            assertThat(replies.values()).as("nothing answered more than twice").allMatch(n -> n <= 2);
            assertThat(replies.values().stream().filter(n -> n == 2).count())
                    .as("answered twice only what a replica reported as maybe sent by the killed one")
                    .isLessThanOrEqualTo(uncertain);
        }
    }

    @Test
    void webhookUpdatesNeedTheSecretAndARepeatedUpdateIsAnsweredOnce() throws Exception {
        DatabaseConfig db = TestPostgres.freshDatabase();
        try (FakeBotApi api = new FakeBotApi()) {
            List<Integer> ports = start(2, i -> {
                Map<String, String> env = base(db, i, 0);
                env.put("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN);
                env.put("TELEGRAM_API_URL", api.url());
                env.put("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook");
                env.put("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
                return env;
            });
            assertThat(api.calls("setwebhook")).isNotEmpty().allSatisfy(c -> {
                assertThat(c.params().path("secret_token").asText()).isEqualTo(WEBHOOK_SECRET);
                assertThat(c.params().path("allowed_updates").toString()).contains("message");
            });
            assertThat(api.calls("getupdates")).as("no polling in webhook mode").isEmpty();
            ObjectNode update = FakeBotApi.privateText(777, "who leads China's delegation?");
            update.put("update_id", 9001);
            ((ObjectNode) update.get("message")).put("message_id", 55);
            String body = JSON.writeValueAsString(update);
            assertThat(postWebhook(ports.get(0), body, "wrong-secret")).isEqualTo(401);
            assertThat(postWebhook(ports.get(0), body, null)).isEqualTo(401);
            assertThat(deliverWebhook(ports.get(0), body)).isEqualTo(200);
            assertThat(deliverWebhook(ports.get(1), body)).as("Telegram's retry, to another replica").isEqualTo(200);
            assertThat(deliverWebhook(ports.get(0), body)).isEqualTo(200);
            waitFor(() -> !api.sentTo(777).isEmpty() && open(db) == 0);
            assertThat(api.sentTo(777)).hasSize(1);
        }
    }

    @Test
    void anArticleAddedOnOneReplicaIsAnsweredByAnother() throws Exception {
        DatabaseConfig db = TestPostgres.freshDatabase();
        List<Path> corpora = List.of(copyCorpus(dir.resolve("corpus0")), copyCorpus(dir.resolve("corpus1")));
        try (FakeBotApi api = new FakeBotApi()) {
            List<Integer> ports = start(2, i -> {
                Map<String, String> env = base(db, i, 0);
                env.put("TALKBOT_CORPUS", corpora.get(i).toString());
                env.put("TELEGRAM_BOT_TOKEN", TELEGRAM_TOKEN);
                env.put("TELEGRAM_API_URL", api.url());
                env.put("TELEGRAM_WEBHOOK_URL", "https://bot.example.org/telegram/webhook");
                env.put("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET);
                return env;
            });
            String question = "What did Lutnick say outside Lancaster House?";
            String quote = "We have reached a framework to implement the Geneva consensus";
            assertThat(deliverWebhook(ports.get(1), question(9101, 881, question))).isEqualTo(200);
            waitFor(() -> api.sentTo(881).size() == 1);
            assertThat(api.sentTo(881)).hasSize(1);
            assertThat(api.sentTo(881).get(0).text()).doesNotContain(quote);

            // 'talkbot add' beside replica 0, on its corpus and the shared database
            Path page = java.nio.file.Files.writeString(dir.resolve("framework.html"), resource("/news/framework.html"));
            Map<String, String> addEnv = base(db, 0, 0);
            addEnv.put("TALKBOT_CORPUS", corpora.get(0).toString());
            addEnv.remove("TALKBOT_HTTP_PORT");
            try (JarProcess add = JarProcess.start(addEnv, "add", page.toString())) {
                assertThat(add.waitFor()).as(add.output()).isZero();
                assertThat(add.output()).contains("added " + FRAMEWORK + ": ");
            }
            JarProcess other = bots.get(1);
            waitFor(() -> other.output().contains("new: " + FRAMEWORK));
            assertThat(other.output()).contains("new: " + FRAMEWORK);
            assertThat(java.nio.file.Files.readString(corpora.get(1).resolve(FRAMEWORK + ".txt")))
                    .isEqualTo(java.nio.file.Files.readString(corpora.get(0).resolve(FRAMEWORK + ".txt")));

            assertThat(deliverWebhook(ports.get(1), question(9102, 881, question))).isEqualTo(200);
            waitFor(() -> api.sentTo(881).size() == 2);
            assertThat(api.sentTo(881)).hasSize(2);
            assertThat(api.sentTo(881).get(1).text()).contains(quote);
        }
    }

    // --- helpers ---

    static final String FRAMEWORK = "us-and-china-agree-on-a-framework-to-ease-trade-tensions";

    private static String question(int updateId, long chat, String text) throws Exception {
        ObjectNode update = FakeBotApi.privateText(chat, text);
        update.put("update_id", updateId);
        ((ObjectNode) update.get("message")).put("message_id", updateId);
        return JSON.writeValueAsString(update);
    }

    /** A copy of the project's corpus, for a replica of its own. */
    private static Path copyCorpus(Path to) throws Exception {
        java.nio.file.Files.createDirectories(to);
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                java.nio.file.Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    private static String resource(String name) throws Exception {
        try (java.io.InputStream in = ReplicasIT.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int enqueue(FakeBotApi api, int i) {
        ObjectNode update = FakeBotApi.groupText(-100_000L - (i % 7), 5000 + i % 7,
                "@" + FakeBotApi.BOT_USERNAME + " who leads China's delegation? (" + i + ")");
        api.enqueue(update);
        return update.get("message").get("message_id").asInt();
    }

    private static Map<Integer, Long> answered(FakeBotApi api, Map<Integer, Integer> messageToIndex) {
        return api.sent().stream()
                .filter(s -> s.replyTo() != null && messageToIndex.containsKey(s.replyTo()))
                .collect(Collectors.groupingBy(s -> messageToIndex.get(s.replyTo()), Collectors.counting()));
    }

    private static Map<String, Long> threadReplies(FakeSlackApi api) {
        return api.posts().stream()
                .filter(p -> p.threadTs() != null && p.threadTs().startsWith("1718000000."))
                .collect(Collectors.groupingBy(FakeSlackApi.Post::threadTs, Collectors.counting()));
    }

    /** Inbox messages not yet finished, across every replica. */
    private static long open(DatabaseConfig db) throws Exception {
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM inbox WHERE state <> 'done'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String mention(int i) {
        String ts = "1718000000." + String.format("%06d", i);
        return "{\"token\":\"x\",\"team_id\":\"" + FakeSlackApi.TEAM_ID + "\",\"api_app_id\":\"A0APP001\","
                + "\"type\":\"event_callback\",\"event_id\":\"EvReplica" + i + "\",\"event_time\":1718000000,"
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U0USER01\",\"text\":\"<@" + FakeSlackApi.BOT_USER_ID
                + "> who leads China's delegation?\",\"ts\":\"" + ts + "\",\"channel\":\"C" + (i % 4)
                + "\",\"event_ts\":\"" + ts + "\"}}";
    }

    /** Posts an event as Slack does: again (with X-Slack-Retry-Num) after a 5xx or no answer, a few times at most. */
    private int deliverSlack(int port, String body, int retry) throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 200; attempt++) {
            try {
                status = postSlack(port, body, retry + attempt);
            } catch (java.io.IOException e) {
                status = -1;
            }
        }
        return status;
    }

    private int postSlack(int port, String body, int retry) throws Exception {
        long now = System.currentTimeMillis() / 1000;
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Slack-Request-Timestamp", String.valueOf(now))
                .header("X-Slack-Signature", sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (retry > 0) {
            r.header("X-Slack-Retry-Num", String.valueOf(retry)).header("X-Slack-Retry-Reason", "http_timeout");
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** Posts an update as Telegram does: again after a 5xx or no answer, until it is taken (a few times at most). */
    private int deliverWebhook(int port, String body) throws Exception {
        int status = 0;
        for (int attempt = 0; attempt < 5 && status != 200; attempt++) {
            try {
                status = postWebhook(port, body, WEBHOOK_SECRET);
            } catch (java.io.IOException e) {
                status = -1; // no answer in time: Telegram sends it again
            }
        }
        return status;
    }

    private int postWebhook(int port, String body, String secret) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/telegram/webhook"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (secret != null) {
            r.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sign(long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SLACK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
    }

    /** Every line is a comment or {@code name{labels} value}: Prometheus's text format. */
    static void assertPrometheusText(String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            assertThat(line).matches("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*\\})? [-+0-9.eEInfNa]+( [0-9]+)?");
        }
    }

    /** The sum of every series of a metric. */
    static double sum(String text, String metric) {
        double total = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    private static final java.util.regex.Pattern UNCERTAIN = java.util.regex.Pattern.compile(
            "(\\d+) answer\\(s\\) may or may not have reached the platform when a replica sending them stopped");

    /** How many answers a replica found left mid-send by the killed one that may have gone out (sent again: maybe twice). */
    private static long uncertain(String output) {
        java.util.regex.Matcher m = UNCERTAIN.matcher(output);
        long n = 0;
        while (m.find()) {
            n += Long.parseLong(m.group(1));
        }
        return n;
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    private static void waitFor(Condition c) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!c.holds()) {
            if (System.nanoTime() > deadline) {
                return; // the assertions say what did not happen
            }
            Thread.sleep(100);
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
