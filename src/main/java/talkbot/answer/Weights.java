package talkbot.answer;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import talkbot.index.CorpusIndex;

/** How much each question term matters: its IDF, and more for words the corpus has never seen. */
final class Weights {
    private static final float UNKNOWN_FACTOR = 1.5f;
    private final CorpusIndex index;

    Weights(CorpusIndex index) {
        this.index = index;
    }

    float of(String term) {
        float idf = index.idf(term);
        return index.knows(term) ? idf : idf * UNKNOWN_FACTOR;
    }

    float sum(Collection<String> terms) {
        float s = 0;
        for (String t : terms) {
            s += of(t);
        }
        return s;
    }

    /** The weight of the question terms found in {@code found}. */
    float matched(List<String> terms, Set<String> found) {
        float s = 0;
        for (String t : terms) {
            if (found.contains(t)) {
                s += of(t);
            }
        }
        return s;
    }
}
