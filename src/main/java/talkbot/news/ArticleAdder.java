package talkbot.news;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import talkbot.corpus.SentenceSplitter;

/**
 * Decides about one article and writes it when it passes, in this order: it has text (at least
 * {@value #MIN_CHARS} characters, a sentence that is not a heading), not too much of it, it is not
 * in the corpus already (the same URL, or near-identical text), and it is about the corpus's
 * topic ({@link Topic}). A missing title becomes the text's first words, a missing date the day
 * it was added, a missing source the given default. Thread-safe.
 */
final class ArticleAdder {
    static final int MIN_CHARS = 200;
    static final int MAX_CHARS = 300_000;

    private final CorpusFolder folder;
    private final Clock clock;

    ArticleAdder(CorpusFolder folder, Clock clock) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A duplicate by URL alone: lets a feed entry already in the corpus go without fetching its page. */
    Optional<Outcome> knownUrl(String url) {
        return folder.sameUrl(url).map(id -> Outcome.skipped(Outcome.Kind.DUPLICATE,
                "already in the corpus (the same URL as " + id + ")"));
    }

    synchronized Outcome add(Draft draft, String defaultSource) {
        String text = draft.text();
        if (text.length() < MIN_CHARS || SentenceSplitter.split("new", text).stream().allMatch(s -> s.heading())) {
            return Outcome.skipped(Outcome.Kind.EMPTY, "empty: no article text found"
                    + (text.isEmpty() ? "" : " (" + text.length() + " characters)"));
        }
        if (text.length() > MAX_CHARS) {
            return Outcome.skipped(Outcome.Kind.TOO_LARGE, "too large: " + text.length() + " characters of text, at most "
                    + MAX_CHARS);
        }
        Optional<Outcome> byUrl = knownUrl(draft.url());
        if (byUrl.isPresent()) {
            return byUrl.get();
        }
        Optional<String> same = folder.nearDuplicate(text);
        if (same.isPresent()) {
            return Outcome.skipped(Outcome.Kind.DUPLICATE, "already in the corpus (near-identical text to " + same.get() + ")");
        }
        Topic.Verdict verdict = Topic.load(folder.dir()).judge(draft.title(), text);
        if (!verdict.onTopic()) {
            return Outcome.skipped(Outcome.Kind.OFF_TOPIC, "not about the corpus's topic: " + verdict.why());
        }
        String title = draft.title().isEmpty() ? firstWords(draft.paragraphs().get(0)) : draft.title();
        LocalDate published = draft.published().orElse(LocalDate.now(clock));
        String source = draft.source().isEmpty() ? defaultSource : draft.source();
        return folder.write(title, published, source, draft.url(), text);
    }

    private static String firstWords(String paragraph) {
        String[] words = paragraph.split(" ");
        if (words.length <= 12) {
            return paragraph.replaceAll("[.!?]+$", "");
        }
        return String.join(" ", java.util.Arrays.copyOf(words, 12)) + "…";
    }
}
