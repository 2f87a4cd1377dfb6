package talkbot.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import talkbot.corpus.Article;
import talkbot.corpus.Sentence;

/**
 * What answering reads off an article's sentences — each sentence's analyzed terms and its
 * {@link SentenceReading}, and the title's terms — computed when a search first returns the
 * article and kept for the articles used most recently, up to a number of sentences. Reading
 * depends on the whole corpus (the names it knows), so this lives with one index view and is
 * never stored. Thread-safe: two threads may read the same article at once and keep either
 * result (they are equal).
 */
final class ArticleReadings {
    /** The terms and readings of an article's sentences (by number - 1) and its title's terms. */
    record Read(List<Set<String>> terms, List<SentenceReading> readings, Set<String> title) {}

    private final TextAnalysis analysis;
    private final SentenceReader reader;
    private final int capacity;
    private final LinkedHashMap<String, Read> cache = new LinkedHashMap<>(64, 0.75f, true);
    private long held;

    /** @param capacity the most sentences kept read at once */
    ArticleReadings(TextAnalysis analysis, SentenceReader reader, int capacity) {
        this.analysis = analysis;
        this.reader = reader;
        this.capacity = capacity;
    }

    Read of(Article a) {
        synchronized (cache) {
            Read r = cache.get(a.id());
            if (r != null) {
                return r;
            }
        }
        Read r = read(a);
        synchronized (cache) {
            Read was = cache.putIfAbsent(a.id(), r);
            if (was != null) {
                return was;
            }
            held += r.terms().size();
            for (Iterator<Map.Entry<String, Read>> it = cache.entrySet().iterator(); held > capacity && it.hasNext(); ) {
                Map.Entry<String, Read> e = it.next();
                if (e.getValue() != r) {
                    held -= e.getValue().terms().size();
                    it.remove();
                }
            }
        }
        return r;
    }

    private Read read(Article a) {
        List<Set<String>> terms = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            terms.add(new HashSet<>(analysis.indexTerms(s.text())));
        }
        return new Read(terms, reader.read(a), Set.copyOf(analysis.indexTerms(a.info().title())));
    }
}
