package talkbot.adapter.delivery;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether more messages may be taken in: not past the inbox ceiling, and not when the data
 * directory's disk is nearly full. Says so in one log line when a limit is reached, and in one
 * more when work is taken in again. Thread-safe.
 */
final class Admission {
    private static final Logger LOG = LoggerFactory.getLogger(Admission.class);
    private static final long RECHECK_NANOS = 1_000_000_000L;

    private final String name;
    private final int ceiling;
    private final Path dataDir;
    private final long minFreeBytes;
    private final AtomicBoolean refusing = new AtomicBoolean();
    private volatile long checkedAt = System.nanoTime() - RECHECK_NANOS;
    private volatile long freeBytes = Long.MAX_VALUE;

    Admission(String name, int ceiling, Path dataDir, long minFreeBytes) {
        this.name = name;
        this.ceiling = ceiling;
        this.dataDir = dataDir;
        this.minFreeBytes = minFreeBytes;
    }

    /** Null when {@code more} messages may join the {@code held} ones; otherwise why not. */
    String refusal(int held, int more) {
        String why = null;
        if (held + more > ceiling) {
            why = "the inbox holds " + held + " unanswered message(s), its limit (TALKBOT_INBOX_LIMIT) is " + ceiling;
        } else {
            long free = freeBytes();
            if (free < minFreeBytes) {
                why = "the disk of " + dataDir + " is nearly full (" + free / (1024 * 1024) + " MB free,"
                        + " TALKBOT_MIN_FREE_MB is " + minFreeBytes / (1024 * 1024) + ")";
            }
        }
        if (why != null && refusing.compareAndSet(false, true)) {
            LOG.warn("{}: refusing new messages until answers catch up: {}; the platform keeps them and sends them again", name, why);
        } else if (why == null && refusing.compareAndSet(true, false)) {
            LOG.info("{}: taking new messages again", name);
        }
        return why;
    }

    private long freeBytes() {
        long now = System.nanoTime();
        if (minFreeBytes <= 0) {
            return Long.MAX_VALUE;
        }
        if (now - checkedAt >= RECHECK_NANOS) {
            checkedAt = now;
            try {
                freeBytes = Files.getFileStore(Files.isDirectory(dataDir) ? dataDir : dataDir.toAbsolutePath().getParent())
                        .getUsableSpace();
            } catch (IOException | RuntimeException e) {
                freeBytes = Long.MAX_VALUE; // cannot tell: the store's own errors will say
            }
        }
        return freeBytes;
    }
}
