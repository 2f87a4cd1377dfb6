package talkbot.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import talkbot.FakeTokens;
import talkbot.adapter.slack.FakeSlackApi;

/**
 * Slack for a delivery trial, in HTTP mode: a fake Web API, and a sender that posts signed
 * {@code app_mention} events to the bot, {@code concurrency} at a time, as Slack does: an event not
 * acknowledged with a 200 (refused, timed out, the bot down) is sent again a little later, with
 * X-Slack-Retry-Num, until it is. Each reply is threaded on the event's ts, which names the event.
 */
public final class SlackSide implements DeliveryRun.Side {
    static final String TOKEN = FakeTokens.slackBot("delivery.trial.token.0123456789");
    static final String SECRET = "fakeSigningSecretForTrials1";
    private static final String[] QUESTIONS = {"who leads China's delegation?", "where are the talks being held?",
        "how high are the US tariffs on Chinese goods?", "what is the key sticking point?"};

    private final FakeSlackApi api = new FakeSlackApi();
    private final int port;
    private final int concurrency;
    private final int channels;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ConcurrentLinkedQueue<Long> acks = new ConcurrentLinkedQueue<>();
    private final AtomicLong refusals = new AtomicLong();
    private ExecutorService senders;

    public SlackSide(int concurrency, int channels) throws IOException {
        this.port = DeliveryRun.freePort();
        this.concurrency = concurrency;
        this.channels = channels;
    }

    @Override
    public String name() {
        return "slack";
    }

    int port() {
        return port;
    }

    @Override
    public Map<String, String> env() {
        return Map.of("SLACK_BOT_TOKEN", TOKEN, "SLACK_SIGNING_SECRET", SECRET, "SLACK_API_URL", api.apiUrl().toString(),
                "SLACK_PORT", String.valueOf(port));
    }

    @Override
    public void send(int messages) {
        senders = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "slack-sender");
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < messages; i++) {
            int id = i;
            senders.execute(() -> deliver(id));
        }
        senders.shutdown();
    }

    static String ts(int i) {
        return "1718000000." + String.format("%06d", i);
    }

    private void deliver(int i) {
        String body = "{\"token\":\"x\",\"team_id\":\"" + FakeSlackApi.TEAM_ID + "\",\"api_app_id\":\"A0APP001\","
                + "\"type\":\"event_callback\",\"event_id\":\"EvTrial" + i + "\",\"event_time\":1718000000,"
                + "\"event\":{\"type\":\"app_mention\",\"user\":\"U0USER01\",\"text\":\"<@" + FakeSlackApi.BOT_USER_ID + "> "
                + QUESTIONS[i % QUESTIONS.length] + "\",\"ts\":\"" + ts(i) + "\",\"channel\":\"C" + (i % channels)
                + "\",\"event_ts\":\"" + ts(i) + "\"}}";
        for (int attempt = 0; attempt < 10_000; attempt++) {
            long t0 = System.nanoTime();
            try {
                long now = System.currentTimeMillis() / 1000;
                HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("X-Slack-Request-Timestamp", String.valueOf(now))
                        .header("X-Slack-Signature", sign(now, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
                if (attempt > 0) {
                    r.header("X-Slack-Retry-Num", String.valueOf(attempt)).header("X-Slack-Retry-Reason", "http_error");
                }
                HttpResponse<String> response = http.send(r.build(), HttpResponse.BodyHandlers.ofString());
                acks.add(System.nanoTime() - t0);
                if (response.statusCode() == 200) {
                    return;
                }
                refusals.incrementAndGet();
            } catch (IOException e) {
                // the bot is down or restarting: Slack tries again later
            } catch (InterruptedException e) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String sign(long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<Integer, Long> replies() {
        return api.posts().stream()
                .filter(p -> p.threadTs() != null && p.threadTs().startsWith("1718000000."))
                .collect(Collectors.groupingBy(p -> Integer.parseInt(p.threadTs().substring(11)), Collectors.counting()));
    }

    @Override
    public long[] ackNanos() {
        return acks.stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public long refusals() {
        return refusals.get();
    }

    @Override
    public void close() {
        if (senders != null) {
            senders.shutdownNow();
            try {
                senders.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        api.close();
    }
}
