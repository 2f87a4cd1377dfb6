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
 * reload swaps another in; an answer holds its snapshot's index open until it is done (see
 * {@link Hold}), and a replaced snapshot lets go of it once no answer uses it. Thread-safe;
 * {@link #close} lets go of the last snapshot.
 */
public final class LiveCore implements Answerer, Summarizer, PostWriter, AutoCloseable {
    private final AtomicReference<Snapshot> current;
    private volatile boolean closed;

    public LiveCore(Snapshot first) {
        this.current = new AtomicReference<>(Objects.requireNonNull(first, "first"));
    }

    /** The snapshot answering now. */
    public Snapshot snapshot() {
        return current.get();
    }

    /**
     * Swaps in a new snapshot: calls that start after this see it, calls in flight finish on
     * theirs, and the old one's index is let go of once they have.
     */
    void replace(Snapshot next) {
        Snapshot old = current.getAndSet(Objects.requireNonNull(next, "next"));
        old.hold().retire().run();
        if (closed) {
            next.hold().retire().run();
        }
    }

    @Override
    public Answer answer(String question) {
        return answering(s -> s.answerer().answer(question));
    }

    @Override
    public Answer answer(String question, Turn previous) {
        return answering(s -> s.answerer().answer(question, previous));
    }

    /** Answers from the current snapshot, holding its index open meanwhile. */
    private Answer answering(java.util.function.Function<Snapshot, Answer> ask) {
        while (true) {
            Snapshot s = current.get();
            if (s.hold().tryRetain().getAsBoolean()) {
                try {
                    return ask.apply(s);
                } finally {
                    s.hold().release().run();
                }
            }
            if (closed) {
                throw new IllegalStateException("the answering core is closed");
            }
            // replaced and let go of between the read and the hold: its successor is current now
        }
    }

    /** Lets go of the current snapshot's index: answers after this fail. */
    @Override
    public void close() {
        closed = true;
        current.get().hold().retire().run();
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
