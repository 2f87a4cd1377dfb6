package talkbot.delivery;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery benchmark (not part of the normal build): bursts through the built jar in front of
 * fake platforms, clean and across 3 kill -9 and 3 SIGTERM, and for Slack with slow clients and
 * with the store locked by another process. Prints one JSON line per trial and appends them to
 * target/delivery-bench.jsonl. Run it (docs/delivery.md):
 *
 * <pre>
 * mvn -B -DskipTests package
 * mvn -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DeliveryBenchIT -Dbench=delivery \
 *     [-Dbench.messages=3000] [-Dbench.platform=slack|telegram] [-Dtalkbot.jar=OTHER.jar]
 * </pre>
 */
@EnabledIfSystemProperty(named = "bench", matches = "delivery")
class DeliveryBenchIT {
    static final int MESSAGES = Integer.getInteger("bench.messages", 3000);
    static final String PLATFORM = System.getProperty("bench.platform", "both");
    static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.timeout", 300));

    @TempDir
    Path tmp;

    /** Where the trials' data directories go: -Dbench.dir=DIR keeps them to look at afterwards. */
    Path dir() {
        String keep = System.getProperty("bench.dir");
        return keep == null ? tmp : Path.of(keep);
    }

    private static List<DeliveryRun.Interruption> three(boolean kill) {
        return List.of(new DeliveryRun.Interruption(MESSAGES / 5, kill), new DeliveryRun.Interruption(MESSAGES * 2 / 5, kill),
                new DeliveryRun.Interruption(MESSAGES * 3 / 5, kill));
    }

    private static void report(String trial, DeliveryRun.Report r) throws Exception {
        String line = "{\"trial\":\"" + trial + "\",\"jar\":\"" + System.getProperty("talkbot.jar", "target/talkbot.jar")
                + "\"," + r.toJson().substring(1);
        System.out.println(line);
        Files.writeString(Path.of("target", "delivery-bench.jsonl"), line + System.lineSeparator(), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static boolean wanted(String platform) {
        return PLATFORM.equals("both") || PLATFORM.equals(platform);
    }

    /** -Dbench.trials=burst,locked runs only the trials whose names contain one of these. */
    private static boolean wantedTrial(String trial) {
        String only = System.getProperty("bench.trials", "");
        return only.isBlank() || java.util.Arrays.stream(only.split(",")).anyMatch(w -> trial.contains(w.strip()));
    }

    @Test
    void telegram() throws Exception {
        if (!wanted("telegram")) {
            return;
        }
        for (String trial : List.of("burst", "kill-9 x3", "sigterm x3")) {
            if (!wantedTrial(trial)) {
                continue;
            }
            List<DeliveryRun.Interruption> stops = trial.equals("burst") ? List.of() : three(trial.startsWith("kill"));
            try (TelegramSide side = new TelegramSide(200)) {
                report(trial, DeliveryRun.run(side, MESSAGES, stops, dir().resolve(trial.replace(' ', '-')), TIMEOUT, Map.of()));
            }
        }
    }

    @Test
    void slack() throws Exception {
        if (!wanted("slack")) {
            return;
        }
        for (String trial : List.of("burst", "kill-9 x3", "sigterm x3")) {
            if (!wantedTrial(trial)) {
                continue;
            }
            List<DeliveryRun.Interruption> stops = trial.equals("burst") ? List.of() : three(trial.startsWith("kill"));
            try (SlackSide side = new SlackSide(32, 100)) {
                report(trial, DeliveryRun.run(side, MESSAGES, stops, dir().resolve(trial.replace(' ', '-')), TIMEOUT, Map.of()));
            }
        }
        if (wantedTrial("20 slow clients")) {
            try (SlackSide side = new SlackSide(32, 100); SlowClients slow = new SlowClients(side.port(), 20)) {
                report("20 slow clients", DeliveryRun.run(side, MESSAGES, List.of(), dir().resolve("slow"), TIMEOUT, Map.of()));
            }
        }
        Path locked = dir().resolve("locked");
        if (wantedTrial("store locked 20 s")) {
            try (SlackSide side = new SlackSide(32, 100); StoreLocker locker = new StoreLocker(locked, Duration.ofSeconds(20))) {
                report("store locked 20 s", DeliveryRun.run(side, MESSAGES, List.of(), locked, TIMEOUT, Map.of()));
            }
        }
    }

    /** Clients that open a request to the Slack port and send its body at one byte a second, over and over. */
    static final class SlowClients implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> threads = new ArrayList<>();

        SlowClients(int port, int count) {
            for (int i = 0; i < count; i++) {
                Thread t = new Thread(() -> {
                    while (running.get()) {
                        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                            OutputStream out = s.getOutputStream();
                            out.write(("POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                                    + "Content-Length: 100000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                            while (running.get()) {
                                out.write('x');
                                out.flush();
                                Thread.sleep(1000);
                            }
                        } catch (Exception e) {
                            sleepQuietly(1000); // not up yet, or cut off: start over
                        }
                    }
                }, "slow-client");
                t.setDaemon(true);
                t.start();
                threads.add(t);
            }
        }

        @Override
        public void close() {
            running.set(false);
            threads.forEach(Thread::interrupt);
        }
    }

    /** Another process's lock on the store: taken once the bot has created it, held for a while, given back. */
    static final class StoreLocker implements AutoCloseable {
        private final Thread thread;

        StoreLocker(Path data, Duration hold) {
            thread = new Thread(() -> {
                Path db = data.resolve("talkbot.db");
                try {
                    while (!Files.exists(db)) {
                        Thread.sleep(100);
                    }
                    Thread.sleep(3000); // let the burst get going
                    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
                            Statement s = c.createStatement()) {
                        s.execute("PRAGMA busy_timeout=10000");
                        s.execute("BEGIN IMMEDIATE");
                        s.execute("INSERT INTO cursor (name, value) VALUES ('locked-by-bench', 1)");
                        System.out.println("bench: store locked");
                        Thread.sleep(hold.toMillis());
                        s.execute("ROLLBACK");
                        System.out.println("bench: store unlocked");
                    }
                } catch (Exception e) {
                    new PrintStream(System.err).println("bench: locker failed: " + e);
                }
            }, "store-locker");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws InterruptedException {
            thread.join(60_000);
        }
    }

    static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
