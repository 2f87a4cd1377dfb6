package talkbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.JarProcess;

/**
 * Store faults are loud: the built jar's {@code health} exits 1 with one line naming the cause for
 * a corrupt, locked, read-only store and a full disk, and {@code run} refuses a read-only store.
 */
class StoreFaultsIT {
    @TempDir
    Path dir;

    private Path data() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        SqliteStore.open(data).close();
        return data;
    }

    private static String health(Map<String, String> env) throws Exception {
        try (JarProcess p = JarProcess.start(env, "health")) {
            int exit = p.waitFor();
            String out = p.output().strip();
            assertThat(exit).as(out).isEqualTo(1);
            assertThat(out.lines()).as(out).hasSize(1);
            assertThat(out).startsWith("talkbot: unhealthy: ").doesNotContain("Exception");
            return out;
        }
    }

    @Test
    void aSoundStoreIsHealthy() throws Exception {
        Path data = data();
        try (JarProcess p = JarProcess.start(Map.of("TALKBOT_DATA_DIR", data.toString()), "health")) {
            assertThat(p.waitFor()).as(p.output()).isZero();
            assertThat(p.output()).contains("the store is sound");
        }
    }

    @Test
    void aCorruptStoreIsUnhealthy() throws Exception {
        Path data = data();
        Files.writeString(data.resolve(SqliteStore.FILE_NAME), "this is not a database, it was overwritten ".repeat(200));
        assertThat(health(Map.of("TALKBOT_DATA_DIR", data.toString()))).contains("corrupt");
    }

    @Test
    void aStoreLockedByAnotherProcessIsUnhealthy() throws Exception {
        Path data = data();
        try (Connection other = SqliteStoreTest.connect(data); Statement s = other.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO cursor (name, value) VALUES ('held', 1)");
            assertThat(health(Map.of("TALKBOT_DATA_DIR", data.toString()))).contains("locked by another process");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void aFullDiskIsUnhealthy() throws Exception {
        Path data = data();
        // more free space asked for than any disk has: the same check that trips when the disk fills up
        assertThat(health(Map.of("TALKBOT_DATA_DIR", data.toString(), "TALKBOT_MIN_FREE_MB", "2000000000")))
                .contains("is full");
    }

    @Test
    void aReadOnlyStoreIsUnhealthyAndRunRefusesIt() throws Exception {
        Path data = data();
        Path file = data.resolve(SqliteStore.FILE_NAME);
        try (ReadOnly ro = ReadOnly.make(file)) {
            assertThat(health(Map.of("TALKBOT_DATA_DIR", data.toString()))).contains("read-only");
            try (JarProcess p = JarProcess.start(Map.of("TALKBOT_DATA_DIR", data.toString(),
                    "TELEGRAM_BOT_TOKEN", "123:fake", "TELEGRAM_API_URL", "http://127.0.0.1:9"), "run")) {
                assertThat(p.waitFor()).isEqualTo(1);
                assertThat(p.output().strip()).startsWith("talkbot: ").contains("read-only")
                        .doesNotContain("\n").doesNotContain("Exception");
            }
        }
    }

    /**
     * Makes a file read-only in a way that holds for root too: permissions where they hold (not
     * root), else the immutable attribute ({@code chattr +i}); skips the test where neither works.
     */
    static final class ReadOnly implements AutoCloseable {
        private final Path file;
        private final boolean immutable;

        private ReadOnly(Path file, boolean immutable) {
            this.file = file;
            this.immutable = immutable;
        }

        static ReadOnly make(Path file) throws Exception {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
            if (!Files.isWritable(file)) {
                return new ReadOnly(file, false);
            }
            Process chattr = new ProcessBuilder("chattr", "+i", file.toString()).redirectErrorStream(true).start();
            boolean done = chattr.waitFor() == 0 && !Files.isWritable(file);
            Assumptions.assumeTrue(done, "cannot make a file read-only here (root without chattr)");
            return new ReadOnly(file, true);
        }

        @Override
        public void close() throws Exception {
            if (immutable) {
                new ProcessBuilder("chattr", "-i", file.toString()).start().waitFor();
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
