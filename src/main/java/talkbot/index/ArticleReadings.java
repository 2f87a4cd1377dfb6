package talkbot.index;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import talkbot.corpus.Article;
import talkbot.corpus.Sentence;

/**
 * What answering reads off sentences — each sentence's analyzed terms and its
 * {@link SentenceReading}, and each article's title terms — computed when a search first needs
 * them and kept for those used most recently. Reading depends on the whole corpus (the names it
 * knows), so this lives with one index view and is never stored. Thread-safe: two threads may
 * read the same sentence at once and keep either result (they are equal).
 */
final class ArticleReadings {
    private final TextAnalysis analysis;
    private final SentenceReader reader;
    private final Recent<Integer, Set<String>> terms;
    private final Recent<Integer, SentenceReading> readings;
    private final Recent<String, Set<String>> titles;

    /** @param capacity the most sentences whose terms are kept; readings and titles are kept for a third as many */
    ArticleReadings(TextAnalysis analysis, SentenceReader reader, int capacity) {
        this.analysis = analysis;
        this.reader = reader;
        this.terms = new Recent<>(capacity);
        this.readings = new Recent<>(Math.max(1, capacity / 3));
        this.titles = new Recent<>(Math.max(1, capacity / 3));
    }

    /** The analyzed terms of sentence {@code s}, at position {@code ord}. */
    Set<String> terms(int ord, Sentence s) {
        return terms.get(ord, () -> new HashSet<>(analysis.indexTerms(s.text())));
    }

    /** The reading of sentence {@code number} of {@code a}, at position {@code ord}. */
    SentenceReading reading(int ord, Article a, int number) {
        return readings.get(ord, () -> reader.read(a, number));
    }

    Set<String> title(Article a) {
        return titles.get(a.id(), () -> Set.copyOf(analysis.indexTerms(a.info().title())));
    }

    /** The values used most recently, up to a number; computed outside the lock. */
    private static final class Recent<K, V> {
        private final LinkedHashMap<K, V> map;

        Recent(int capacity) {
            this.map = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        V get(K key, Supplier<V> compute) {
            synchronized (map) {
                V v = map.get(key);
                if (v != null) {
                    return v;
                }
            }
            V v = compute.get();
            synchronized (map) {
                V was = map.putIfAbsent(key, v);
                return was != null ? was : v;
            }
        }
    }
}
