package talkbot.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the corpus folder holds, cheaply: each visible file's name, size and modification time.
 * Two equal fingerprints mean nothing was added, changed or removed in between (as far as the
 * file system's clock can tell). Hidden files (a leading dot: the temporary files of an atomic
 * write) are left out.
 */
record Fingerprint(Map<String, String> files) {
    Fingerprint {
        files = Map.copyOf(files);
    }

    static Fingerprint of(Path dir) {
        Map<String, String> files = new TreeMap<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            for (Path p : s) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    if (a.isRegularFile()) {
                        files.put(name, a.size() + "@" + a.lastModifiedTime().toMillis() + "#" + a.fileKey());
                    }
                } catch (IOException e) {
                    files.put(name, "unreadable"); // gone while listed, or no access: a change all the same
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        return new Fingerprint(files);
    }

    /** "2 added, 1 changed, 0 removed" against an earlier fingerprint. */
    String changesSince(Fingerprint before) {
        int added = 0;
        int changed = 0;
        int removed = 0;
        for (Map.Entry<String, String> e : files.entrySet()) {
            String was = before.files.get(e.getKey());
            if (was == null) {
                added++;
            } else if (!was.equals(e.getValue())) {
                changed++;
            }
        }
        for (String name : before.files.keySet()) {
            if (!files.containsKey(name)) {
                removed++;
            }
        }
        return added + " added, " + changed + " changed, " + removed + " removed";
    }
}
