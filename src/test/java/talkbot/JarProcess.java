package talkbot;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built jar run as a user runs it — {@code java -jar target/talkbot.jar ARGS} in the project
 * folder, with a clean environment plus the variables given — for the integration tests (*IT),
 * which run after {@code package}. Collects the output; {@link #stop()} sends SIGTERM.
 */
public final class JarProcess implements AutoCloseable {
    /** The jar under test: target/talkbot.jar, or the one named by the system property talkbot.jar (to measure another build). */
    public static final Path JAR = Path.of(System.getProperty("talkbot.jar", "target/talkbot.jar"));

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private JarProcess(Process process) {
        this.process = process;
        this.reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    output.append(line).append('\n');
                }
            } catch (IOException e) {
                output.append("[reader: ").append(e).append("]\n");
            }
        }, "jar-output");
        reader.setDaemon(true);
        reader.start();
    }

    public static JarProcess start(Map<String, String> env, String... args) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: integration tests run after mvn package");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("TALKBOT_") || k.startsWith("TELEGRAM_") || k.startsWith("SLACK_"));
        pb.environment().putAll(env);
        return new JarProcess(pb.start());
    }

    /** Writes {@code text} to the jar's standard input and closes it, as {@code printf … | java -jar …} does. */
    public JarProcess input(String text) throws IOException {
        try (var in = process.getOutputStream()) {
            in.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return this;
    }

    public String output() {
        return output.toString();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Sends SIGTERM and waits for the process to end; returns its exit code. (Through the process
     * handle: {@code Process.destroy()} would also close the output pipe, losing the last lines.)
     */
    public int stop() throws InterruptedException {
        process.toHandle().destroy();
        return waitFor();
    }

    /** Kills the process at once (SIGKILL, kill -9), as a crash or an OOM killer would; waits for it to end. */
    public void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
        reader.join(5_000);
    }

    /** Waits for the process to end by itself (60 s at most); returns its exit code. */
    public int waitFor() throws InterruptedException {
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the bot did not stop within 60 s; output:\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
