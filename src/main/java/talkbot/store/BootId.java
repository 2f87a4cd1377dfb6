package talkbot.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * This boot of the machine, as Linux names it (a random id each boot, the same in every container
 * on the host). Two processes that see the same id ran without the machine going down in between,
 * so whatever the first one wrote to a file, synced or not, the second one reads back.
 */
final class BootId {
    private static final Path FILE = Path.of("/proc/sys/kernel/random/boot_id");
    private static final Pattern SHAPE = Pattern.compile("[0-9a-fA-F-]{16,64}");

    private BootId() {}

    /** The id, or null where there is none to read (not Linux, or /proc hidden). */
    static String current() {
        try {
            String id = Files.readString(FILE, StandardCharsets.US_ASCII).strip();
            return SHAPE.matcher(id).matches() ? id : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
