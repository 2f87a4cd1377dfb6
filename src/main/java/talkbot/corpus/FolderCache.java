package talkbot.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a corpus folder's articles were read as, kept from one load to the next: an article whose
 * text, meta and facts files have not changed (the same size, time and file) is not read, split
 * and mined for facts again. A running bot reloading its folder reads only what changed. Not
 * thread-safe: one loader at a time (the reloader loads under its own lock).
 */
public final class FolderCache {
    /** An article's three files as last seen; -1 for a file that was not there. */
    record Stamp(List<Object> files) {}

    record Entry(Stamp stamp, Article article, List<Fact> facts) {}

    private final Map<Path, Entry> entries = new HashMap<>();

    /** The article and facts read from these files, if they are unchanged since; else null. */
    Entry get(Path text, Path meta, Path facts) {
        Entry e = entries.get(text);
        return e != null && e.stamp().equals(stamp(text, meta, facts)) ? e : null;
    }

    /** Remembers what the files were read as (taking their stamp first: a file changed meanwhile is read again next time). */
    void put(Path text, Path meta, Path facts, Stamp stamp, Article article, List<Fact> its) {
        entries.put(text, new Entry(stamp, article, List.copyOf(its)));
    }

    /** Forgets the articles whose text file is gone. */
    void retain(Set<Path> texts) {
        entries.keySet().retainAll(texts);
    }

    int size() {
        return entries.size();
    }

    static Stamp stamp(Path text, Path meta, Path facts) {
        return new Stamp(List.of(of(text), of(meta), of(facts)));
    }

    private static Object of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            Object key = a.fileKey();
            return List.of(a.size(), a.lastModifiedTime().toMillis(), a.lastModifiedTime().toString(), key == null ? "" : key.toString());
        } catch (IOException e) {
            return -1; // not there (or unreadable): read it as it is when loading
        }
    }
}
