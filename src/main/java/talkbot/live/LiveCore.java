package talkbot.live;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import talkbot.answer.Answer;
import talkbot.answer.Answerer;
import talkbot.answer.Turn;
import talkbot.corpus.ArticleInfo;
import talkbot.posting.DailyPost;
import talkbot.posting.PostWriter;
import talkbot.summary.Summarizer;
import talkbot.summary.Summary;

/**
 * The answering core of a running bot, which learns new articles without a restart: it answers,
 * summarizes and writes daily posts from the current {@link Snapshot}, and a reload (off the
 * request path, see {@link CorpusReloader}) swaps in a new one atomically. Each call reads the
 * snapshot once, so a question in flight is answered from one consistent corpus even while a
 * reload swaps another in. Thread-safe.
 */
public final class LiveCore implements Answerer, Summarizer, PostWriter {
    private final AtomicReference<Snapshot> current;

    public LiveCore(Snapshot first) {
        this.current = new AtomicReference<>(Objects.requireNonNull(first, "first"));
    }

    /** The snapshot answering now. */
    public Snapshot snapshot() {
        return current.get();
    }

    /** Swaps in a new snapshot: calls that start after this see it, calls in flight finish on theirs. */
    void replace(Snapshot next) {
        current.set(Objects.requireNonNull(next, "next"));
    }

    @Override
    public Answer answer(String question) {
        return current.get().answerer().answer(question);
    }

    @Override
    public Answer answer(String question, Turn previous) {
        return current.get().answerer().answer(question, previous);
    }

    @Override
    public Summary summarize(Set<String> alreadySeen) {
        return current.get().summarizer().summarize(alreadySeen);
    }

    @Override
    public DailyPost write(Set<String> alreadySeen, LocalDate day, String platform) {
        return current.get().posts().write(alreadySeen, day, platform);
    }

    /**
     * The newest {@code n} articles, newest first by their date (then by id), with title, date,
     * source and URL (empty when unknown): what a /latest command lists.
     */
    public List<ArticleInfo> latest(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n < 0");
        }
        List<ArticleInfo> all = current.get().newestFirst();
        return all.subList(0, Math.min(n, all.size()));
    }

    /** Every article the core answers from now, newest first: what /sources and /latest read at each call. */
    public List<ArticleInfo> articles() {
        return current.get().newestFirst();
    }

    /** How many articles the core answers from now. */
    public int articleCount() {
        return current.get().newestFirst().size();
    }
}
