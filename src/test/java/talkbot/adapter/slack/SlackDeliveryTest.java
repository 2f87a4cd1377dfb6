package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.store.SqliteStore;

/** Delivery in HTTP mode: bursts, a locked store, slow clients. Fake Slack on 127.0.0.1. */
@org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class SlackDeliveryTest {
    private static final String BOT_MENTION = "<@" + FakeSlackApi.BOT_USER_ID + ">";

    @TempDir
    Path dir;

    private FakeSlackApi api;
    private TestCore core;
    private SlackPlatform slack;
    private SignedClient client;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        core = new TestCore(dir.resolve("data"));
        Tuning t = TestCore.tuning(Duration.ofSeconds(2), new java.util.concurrent.CopyOnWriteArrayList<>());
        slack = new SlackPlatform(TestCore.slackSettings(api.apiUrl(), dir.resolve("data"), true, false), core.chat,
                core.store, 2, new Tuning(t.ackDeadline(), Duration.ofSeconds(1), t.retries(), 4, 8,
                        t.bindAddress(), Duration.ofSeconds(2)));
        slack.start();
        client = new SignedClient(slack.port(), TestCore.SIGNING_SECRET);
    }

    @AfterEach
    void stop() {
        slack.close();
        core.close();
        api.close();
    }

    private static String mention(int i) {
        return Events.json(Events.callback("Ev" + i, Events.mention("C" + (i % 9), "U0USER01",
                BOT_MENTION + " question " + i, "1718000000." + String.format("%06d", i), null)));
    }

    /** Posts every event as Slack does: again, later, until it is acknowledged with a 200. */
    private void deliverAll(int n, int concurrency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> all = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int id = i;
                all.add(pool.submit(() -> {
                    for (int attempt = 0; attempt < 200; attempt++) {
                        HttpResponse<String> r = client.postJson(mention(id),
                                attempt == 0 ? Map.of() : Map.of("X-Slack-Retry-Num", String.valueOf(attempt)));
                        if (r.statusCode() == 200) {
                            return null;
                        }
                        assertThat(r.statusCode()).as(r.body()).isEqualTo(503);
                        Thread.sleep(100);
                    }
                    throw new AssertionError("event " + id + " never acknowledged");
                }));
            }
            for (Future<?> f : all) {
                f.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Map<String, Long> answersPerThread() {
        return api.posts().stream().collect(Collectors.groupingBy(FakeSlackApi.Post::threadTs, Collectors.counting()));
    }

    @Test
    void aBurstLargerThanTheWorkersCanKeepUpWithIsAnsweredOnceEach() throws Exception {
        int n = 800;
        deliverAll(n, 24);
        await().atMost(Duration.ofSeconds(120)).until(() -> answersPerThread().size() == n && slack.idle());
        assertThat(answersPerThread().values()).allMatch(c -> c == 1);
        assertThat(api.posts()).hasSize(n);
    }

    @Test
    void aStoreLockedByAnotherProcessGets503sThatSlackRetriesAndNothingIsAnsweredTwice() throws Exception {
        int n = 200;
        Path db = dir.resolve("data").resolve(SqliteStore.FILE_NAME);
        AtomicBoolean locked = new AtomicBoolean();
        Thread locker = new Thread(() -> {
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                    Statement s = other.createStatement()) {
                await().atMost(Duration.ofSeconds(60)).until(() -> api.posts().size() >= 20);
                s.execute("BEGIN IMMEDIATE");
                s.execute("INSERT INTO cursor (name, value) VALUES ('held-by-another-process', 1)");
                locked.set(true);
                Thread.sleep(4000);
                s.execute("ROLLBACK");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        locker.start();
        deliverAll(n, 8);
        locker.join(60_000);
        assertThat(locked).isTrue();
        await().atMost(Duration.ofSeconds(120)).until(() -> answersPerThread().size() == n && slack.idle());
        assertThat(answersPerThread().values()).allMatch(c -> c == 1);
    }

    @Test
    void slowClientsDoNotHoldUpOthersAndAreCutOffAtTheReadDeadline() throws Exception {
        List<Socket> slow = new ArrayList<>();
        AtomicBoolean dribbling = new AtomicBoolean(true);
        List<Thread> dribblers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Socket s = new Socket(InetAddress.getLoopbackAddress(), slack.port());
                slow.add(s);
                OutputStream out = s.getOutputStream();
                out.write(("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread t = new Thread(() -> {
                    try {
                        while (dribbling.get()) {
                            out.write('x');
                            out.flush();
                            Thread.sleep(1000);
                        }
                    } catch (IOException | InterruptedException e) {
                        // cut off: expected
                    }
                });
                t.setDaemon(true);
                t.start();
                dribblers.add(t);
            }
            // meanwhile, normal requests are acknowledged and answered
            for (int i = 0; i < 20; i++) {
                assertThat(client.postJson(mention(i)).statusCode()).isEqualTo(200);
                assertThat(client.get("/health").statusCode()).isEqualTo(200);
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> answersPerThread().size() == 20);
            // and a body still not there after the read deadline gets a 408 and the connection closed
            InputStream in = slow.get(0).getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 408");
        } finally {
            dribbling.set(false);
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void healthSaysHowManyMessagesWaitAndUnknownRequestKindsAreAcknowledged() throws Exception {
        assertThat(client.get("/health").body()).contains("\"unanswered\":0");
        HttpResponse<String> r = client.postJson("{\"token\":\"x\",\"type\":\"app_rate_limited\",\"team_id\":\"T1\","
                + "\"minute_rate_limited\":1518467820,\"api_app_id\":\"A1\"}");
        assertThat(r.statusCode()).isEqualTo(200);
    }
}
