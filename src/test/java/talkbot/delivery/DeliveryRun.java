package talkbot.delivery;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.JarProcess;

/**
 * One delivery trial against the built jar: starts it ({@code run}) in front of a fake platform,
 * sends a burst, interrupts it as told (kill -9 or SIGTERM once so many replies are out, then
 * starts it again on the same data directory), waits until every message is answered (or no
 * answer has come for {@link #STALL}, or the timeout), stops it with SIGTERM and counts: lost
 * (never answered), duplicated (answered more than once), and what the bot reported at each
 * restart about answers left mid-send: uncertain (builds before the send marks: not sent again,
 * so possibly lost), reclaimed (their request held back, so answered again), resent (possibly
 * out already, answered again: possibly doubled) and out whole (their request complete on the
 * wire, counted as sent).
 */
public final class DeliveryRun {
    private static final Pattern UNCERTAIN = Pattern.compile("(\\d+) answer\\(s\\) were being sent when the bot last stopped");
    private static final Pattern RECLAIMED = Pattern.compile("(\\d+) answer\\(s\\) were stopped before their request was complete");
    private static final Pattern RESENT = Pattern.compile("(\\d+) answer\\(s\\) may or may not have reached the platform");
    private static final Pattern OUT_WHOLE = Pattern.compile("(\\d+) answer\\(s\\) had gone out whole");
    /**
     * How long a wait for answers goes on without a new one before it gives up (a message lost
     * for good would otherwise hold the trial for its whole timeout): -Dbench.stall=SECONDS.
     */
    static final Duration STALL = Duration.ofSeconds(Integer.getInteger("bench.stall", 30));

    /** Stop the bot once {@code afterReplies} messages are answered: kill -9 when {@code kill}, else SIGTERM. */
    public record Interruption(int afterReplies, boolean kill) {
        @Override
        public String toString() {
            return (kill ? "kill -9" : "SIGTERM") + " after " + afterReplies;
        }
    }

    /** What a trial found. */
    public record Report(String platform, int messages, List<Interruption> interruptions, long lost, long duplicated,
            int uncertain, int reclaimed, int resent, int outWhole, List<Integer> termExits, double seconds, double messagesPerSecond, double ackP50Ms,
            double ackP99Ms, double ackMaxMs, long acks, long refusals, String lastOutput) {
        public String toJson() {
            return String.format(Locale.ROOT, "{\"platform\":\"%s\",\"messages\":%d,\"interruptions\":\"%s\",\"lost\":%d,"
                    + "\"duplicated\":%d,\"uncertain\":%d,\"reclaimed\":%d,\"resent\":%d,\"out_whole\":%d,\"term_exits\":\"%s\",\"seconds\":%.1f,\"messages_per_s\":%.0f,"
                    + "\"ack_p50_ms\":%.1f,\"ack_p99_ms\":%.1f,\"ack_max_ms\":%.1f,\"acks\":%d,\"refusals\":%d}",
                    platform, messages, interruptions, lost, duplicated, uncertain, reclaimed, resent, outWhole, termExits, seconds, messagesPerSecond,
                    ackP50Ms, ackP99Ms, ackMaxMs, acks, refusals);
        }
    }

    /** A fake platform and the messages sent through it. */
    public interface Side extends AutoCloseable {
        String name();

        /** The environment that points the bot at this fake. */
        Map<String, String> env();

        /** Sends the burst (may return before every message is delivered: Slack's sender goes on retrying). */
        void send(int messages) throws Exception;

        /** How many replies each message (by index) got. */
        Map<Integer, Long> replies();

        /** Acknowledgement latencies in nanoseconds (Slack), empty where there is no ack to time. */
        default long[] ackNanos() {
            return new long[0];
        }

        /** How the platform names message {@code index} (for a report of the ones lost). */
        default String describe(int index) {
            return "#" + index;
        }

        /** Requests refused (503) and sent again. */
        default long refusals() {
            return 0;
        }

        @Override
        void close();
    }

    private DeliveryRun() {}

    public static Report run(Side side, int messages, List<Interruption> interruptions, Path data, Duration timeout,
            Map<String, String> extraEnv) throws Exception {
        Map<String, String> env = new HashMap<>(side.env());
        env.put("TALKBOT_DATA_DIR", data.toString());
        env.put("TALKBOT_RATE_LIMIT", "100000");
        env.putAll(extraEnv);
        List<Integer> termExits = new ArrayList<>();
        int uncertain = 0;
        int reclaimed = 0;
        int resent = 0;
        int outWhole = 0;
        long start = System.nanoTime();
        JarProcess[] bot = {JarProcess.start(env, "run")};
        String lastOutput;
        try {
            waitFor(() -> bot[0].output().contains("running with") || !bot[0].isAlive(), timeout);
            side.send(messages);
            for (Interruption i : interruptions) {
                waitForAnswers(side, i.afterReplies(), bot, timeout);
                if (!bot[0].isAlive()) {
                    throw new IllegalStateException("the bot stopped by itself:\n" + tail(bot[0].output()));
                }
                if (i.kill()) {
                    bot[0].kill();
                } else {
                    termExits.add(bot[0].stop());
                }
                bot[0].close();
                bot[0] = JarProcess.start(env, "run");
                waitFor(() -> bot[0].output().contains("running with") || !bot[0].isAlive(), timeout);
                uncertain += uncertain(bot[0].output());
                reclaimed += count(RECLAIMED, bot[0].output());
                resent += count(RESENT, bot[0].output());
                outWhole += count(OUT_WHOLE, bot[0].output());
            }
            waitForAnswers(side, messages, bot, timeout);
        } finally {
            termExits.add(bot[0].isAlive() ? bot[0].stop() : -1);
            lastOutput = bot[0].output();
            bot[0].close();
        }
        answered(side);
        double seconds = (PROGRESS.remove(side)[1] - start) / 1e9; // to the last answer, not the wait for one that never came
        Map<Integer, Long> replies = side.replies();
        long lost = 0;
        long duplicated = 0;
        for (int i = 0; i < messages; i++) {
            long n = replies.getOrDefault(i, 0L);
            if (n == 0) {
                lost++;
                System.out.println("lost: " + side.name() + " " + side.describe(i));
            } else if (n > 1) {
                duplicated++;
            }
        }
        long[] acks = side.ackNanos();
        java.util.Arrays.sort(acks);
        return new Report(side.name(), messages, interruptions, lost, duplicated, uncertain, reclaimed, resent, outWhole, termExits, seconds,
                (messages - lost) / seconds, pct(acks, 0.50), pct(acks, 0.99), acks.length == 0 ? 0 : acks[acks.length - 1] / 1e6,
                acks.length, side.refusals(), tail(lastOutput));
    }

    /** When the count of answered messages last went up (for messages per second). */
    private static final Map<Side, long[]> PROGRESS = new java.util.concurrent.ConcurrentHashMap<>();

    private static long answered(Side side) {
        long n = side.replies().size();
        long[] p = PROGRESS.computeIfAbsent(side, s -> new long[] {0, System.nanoTime()});
        if (n > p[0]) {
            p[0] = n;
            p[1] = System.nanoTime();
        }
        return n;
    }

    static int uncertain(String output) {
        return count(UNCERTAIN, output);
    }

    private static int count(Pattern pattern, String output) {
        Matcher m = pattern.matcher(output);
        int n = 0;
        while (m.find()) {
            n += Integer.parseInt(m.group(1));
        }
        return n;
    }

    private static double pct(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    interface Condition {
        boolean holds() throws Exception;
    }

    /**
     * Waits until {@code wanted} messages are answered, the bot has stopped, the timeout has passed,
     * or no new answer has come for {@link #STALL}.
     */
    private static void waitForAnswers(Side side, long wanted, JarProcess[] bot, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = -1;
        long lastProgress = System.nanoTime();
        while (true) {
            long n = answered(side);
            if (n >= wanted || !bot[0].isAlive()) {
                return;
            }
            long now = System.nanoTime();
            if (n > seen) {
                seen = n;
                lastProgress = now;
            }
            if (now > deadline || now - lastProgress > STALL.toNanos()) {
                return; // the counts say what did not happen
            }
            Thread.sleep(50);
        }
    }

    private static void waitFor(Condition c, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!c.holds()) {
            if (System.nanoTime() > deadline) {
                return; // the counts say what did not happen
            }
            Thread.sleep(50);
        }
    }

    static String tail(String output) {
        String[] lines = output.split("\n");
        return String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, lines.length - 40), lines.length));
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
