package talkbot.index;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import talkbot.corpus.Article;
import talkbot.corpus.Sentence;

/**
 * Numbers every sentence of the corpus (headings included) in corpus order — an article's
 * sentences contiguous, in order — with one entry per article rather than per sentence: the
 * position of its first sentence.
 */
final class SentenceTable {
    private final List<Article> articles;
    private final int[] start;
    private final Map<String, Integer> position = new HashMap<>();
    private final int size;

    SentenceTable(List<Article> articles) {
        this.articles = articles;
        this.start = new int[articles.size()];
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            start[i] = n;
            position.put(articles.get(i).id(), i);
            n += articles.get(i).sentences().size();
        }
        this.size = n;
    }

    int size() {
        return size;
    }

    /** The position of sentence {@code number} of an article; -1 when there is no such article or sentence. */
    int ord(String articleId, int number) {
        Integer p = position.get(articleId);
        if (p == null || number < 1 || number > articles.get(p).sentences().size()) {
            return -1;
        }
        return start[p] + number - 1;
    }

    Article article(int ord) {
        return articles.get(articleIndex(ord));
    }

    Sentence sentence(int ord) {
        int a = articleIndex(ord);
        return articles.get(a).sentences().get(ord - start[a]);
    }

    private int articleIndex(int ord) {
        if (ord < 0 || ord >= size) {
            throw new IndexOutOfBoundsException("no sentence " + ord + " of " + size);
        }
        int i = Arrays.binarySearch(start, ord);
        if (i < 0) {
            return -i - 2;
        }
        while (i + 1 < start.length && start[i + 1] == ord) {
            i++; // an article without sentences starts where the next does
        }
        return i;
    }
}
