package talkbot.live;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import talkbot.answer.Answerer;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.Corpus;
import talkbot.posting.PostWriter;
import talkbot.summary.Summarizer;

/**
 * One consistent state of the answering core: a corpus and everything built from it. Immutable;
 * {@link LiveCore} swaps whole snapshots, so a question is answered from one of them throughout.
 *
 * @param newestFirst the corpus's articles, newest first by date (then by id)
 * @param hold        what the answerer's index needs kept open while it answers (see {@link Hold})
 */
public record Snapshot(Corpus corpus, Answerer answerer, Summarizer summarizer, PostWriter posts,
        List<ArticleInfo> newestFirst, Hold hold) {
    public Snapshot {
        Objects.requireNonNull(corpus, "corpus");
        Objects.requireNonNull(answerer, "answerer");
        Objects.requireNonNull(summarizer, "summarizer");
        Objects.requireNonNull(posts, "posts");
        Objects.requireNonNull(hold, "hold");
        newestFirst = List.copyOf(newestFirst);
    }

    /** A snapshot whose answerer needs nothing kept open. */
    public Snapshot(Corpus corpus, Answerer answerer, Summarizer summarizer, PostWriter posts, List<ArticleInfo> newestFirst) {
        this(corpus, answerer, summarizer, posts, newestFirst, Hold.NONE);
    }

    public static Snapshot of(Corpus corpus, Answerer answerer, Summarizer summarizer, PostWriter posts) {
        return of(corpus, answerer, summarizer, posts, Hold.NONE);
    }

    public static Snapshot of(Corpus corpus, Answerer answerer, Summarizer summarizer, PostWriter posts, Hold hold) {
        List<ArticleInfo> infos = new ArrayList<>(corpus.infos());
        infos.sort(ArticleInfo.NEWEST_FIRST);
        return new Snapshot(corpus, answerer, summarizer, posts, infos, hold);
    }
}
