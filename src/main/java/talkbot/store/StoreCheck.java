package talkbot.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * The health check of the store, without changing it: is there room on its disk, is the file a
 * sound SQLite database, and can it be written within {@code lockWait} (not read-only, not locked
 * by another process for longer). Says what is wrong in one line an operator can act on.
 */
public final class StoreCheck {
    private StoreCheck() {}

    /** What keeps the store in {@code dataDir} from working, or empty when nothing does. */
    public static Optional<String> problem(Path dataDir, Duration lockWait, long minFreeBytes) {
        Optional<String> disk = diskProblem(dataDir, minFreeBytes);
        if (disk.isPresent()) {
            return disk;
        }
        Path file = dataDir.resolve(SqliteStore.FILE_NAME);
        if (!Files.exists(file)) {
            return Optional.empty(); // created on first start
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=" + lockWait.toMillis());
            try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
                String result = rs.next() ? rs.getString(1) : "no answer";
                if (!"ok".equals(result)) {
                    return Optional.of(file + " is corrupt: " + result);
                }
            }
            s.execute("BEGIN IMMEDIATE");
            try {
                s.execute("CREATE TABLE IF NOT EXISTS health_probe (x INTEGER)");
            } finally {
                s.execute("ROLLBACK");
            }
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(describe(file, e, lockWait));
        }
    }

    private static String describe(Path file, SQLException e, Duration lockWait) {
        return switch (StoreException.faultOf(e)) {
            case LOCKED -> file + " is locked by another process for more than " + lockWait.toMillis() + " ms";
            case READ_ONLY -> file + " is read-only (" + e.getMessage() + ")";
            case CORRUPT -> file + " is corrupt (" + e.getMessage() + ")";
            case FULL -> "the disk of " + file + " is full (" + e.getMessage() + ")";
            case IO -> file + " cannot be read or written: an I/O error (" + e.getMessage() + ")";
            case OTHER -> file + " cannot be used: " + e.getMessage();
        };
    }

    private static Optional<String> diskProblem(Path dataDir, long minFreeBytes) {
        if (minFreeBytes <= 0) {
            return Optional.empty();
        }
        Path existing = dataDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        try {
            long free = Files.getFileStore(existing).getUsableSpace();
            if (free < minFreeBytes) {
                return Optional.of("the disk of " + dataDir + " is full: " + free / (1024 * 1024) + " MB free, less than"
                        + " TALKBOT_MIN_FREE_MB (" + minFreeBytes / (1024 * 1024) + ")");
            }
        } catch (IOException e) {
            return Optional.of("cannot tell the free space of " + dataDir + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}
