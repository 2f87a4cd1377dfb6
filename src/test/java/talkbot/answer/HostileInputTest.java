package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import talkbot.corpus.Article;
import talkbot.corpus.Citation;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.corpus.Sentence;
import talkbot.summary.CorpusSummarizer;
import talkbot.testing.HostileInputs;
import talkbot.testing.HostileInputs.Input;
import talkbot.testing.HostileInputs.Kind;

/**
 * 20,000 seeded (more with -Dtalkbot.hostile.count=N) hostile inputs against the core (random Unicode from every plane and lone
 * surrogates, control and direction characters, emoji, right-to-left text, 100 KB strings,
 * Lucene syntax, stopwords, punctuation, HTML, Markdown, look-alike letters, huge words, mangled
 * real questions). Each must come back answered or refused — never an exception, never the core's
 * own "could not work that question out" fallback — with the reply and short answer within their
 * limits, well-formed and free of control characters, a confidence in [0, 1], and sources quoted
 * verbatim from the corpus. Reproduce a failure with -Dtalkbot.hostile.seed=SEED; change the
 * number with -Dtalkbot.hostile.count=N.
 */
class HostileInputTest {
    private static final long SEED = Long.getLong("talkbot.hostile.seed", 20250609L);
    private static final int COUNT = Integer.getInteger("talkbot.hostile.count", 20_000);

    private static Corpus corpus;
    private static QuestionAnswerer answerer;
    private static Map<String, Article> articles;
    private static Map<String, Set<String>> sentences;
    private static ListAppender<ILoggingEvent> errors;
    private static Logger coreLog;

    @BeforeAll
    static void load() {
        corpus = CorpusLoader.load(Path.of("corpus"));
        answerer = QuestionAnswerer.over(corpus, new CorpusSummarizer(corpus));
        articles = new HashMap<>();
        sentences = new HashMap<>();
        for (Article a : corpus.articles()) {
            articles.put(a.id(), a);
            Set<String> texts = new HashSet<>();
            for (Sentence s : a.sentences()) {
                texts.add(s.text());
            }
            sentences.put(a.id(), texts);
        }
        // the core catches what it throws and logs it: an error logged is an exception caught
        coreLog = (Logger) LoggerFactory.getLogger(QuestionAnswerer.class);
        errors = new ListAppender<>();
        errors.start();
        coreLog.addAppender(errors);
    }

    @AfterAll
    static void detach() {
        coreLog.detachAppender(errors);
    }

    @Test
    void everyHostileInputIsAnsweredOrRefusedWithinLimits() {
        HostileInputs inputs = new HostileInputs(SEED);
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        int kinds = Kind.values().length;
        AtomicIntegerArray seen = new AtomicIntegerArray(kinds);
        AtomicIntegerArray answered = new AtomicIntegerArray(kinds);
        AtomicLongArray slowest = new AtomicLongArray(kinds);
        IntStream.range(0, COUNT).parallel().forEach(i -> {
            Input in = inputs.get(i);
            int k = in.kind().ordinal();
            seen.incrementAndGet(k);
            long t = System.nanoTime();
            List<String> problems;
            try {
                Answer a = answerer.answer(in.text());
                problems = problems(a);
                if (a != null && a.answered()) {
                    answered.incrementAndGet(k);
                }
            } catch (Throwable e) {
                problems = List.of("threw " + e);
            }
            slowest.accumulateAndGet(k, System.nanoTime() - t, Math::max);
            if (!problems.isEmpty() && failures.size() < 50) {
                failures.add(in.describe() + "\n    -> " + String.join("; ", problems));
            }
        });
        report(seen, answered, slowest);

        assertThat(failures).as("seed %d: inputs that broke the core", SEED).isEmpty();
        assertThat(errors.list).as("exceptions the core caught and logged").isEmpty();
        for (Kind kind : Kind.values()) {
            assertThat(seen.get(kind.ordinal())).as("inputs of kind %s", kind).isGreaterThanOrEqualTo(COUNT / 1000);
        }
        assertThat(answered.get(Kind.MUTATED_QUESTION.ordinal()))
                .as("mangled real questions still answered (so sources were checked)")
                .isGreaterThan(seen.get(Kind.MUTATED_QUESTION.ordinal()) / 4);
        assertThat(answered.get(Kind.CONFUSABLE.ordinal())).as("full-width and math-letter questions answered").isPositive();
    }

    /** Every way {@code a} breaks the core's contract, empty when it keeps it. */
    static List<String> problems(Answer a) {
        List<String> p = new ArrayList<>();
        if (a == null) {
            return List.of("null answer");
        }
        if (a.intent() == null) {
            p.add("no intent");
        }
        String reply = a.reply();
        if (reply == null || reply.isBlank()) {
            p.add("empty reply");
        } else {
            checkText("reply", reply, Answer.REPLY_LIMIT, p);
            if (reply.startsWith("Sorry, I could not work that question out")) {
                p.add("the core's fallback for an exception");
            }
        }
        if (!(a.confidence() >= 0 && a.confidence() <= 1)) {
            p.add("confidence " + a.confidence());
        }
        if (a.answered()) {
            if (a.shortAnswer() == null || a.shortAnswer().isBlank()) {
                p.add("answered without a short answer");
            } else {
                checkText("short answer", a.shortAnswer(), Answer.SHORT_LIMIT, p);
            }
            if (a.sources().isEmpty()) {
                p.add("answered without sources");
            }
        } else {
            if (a.shortAnswer() != null) {
                p.add("refused with a short answer");
            }
            if (!a.sources().isEmpty()) {
                p.add("refused with sources");
            }
            if (a.confidence() != 0) {
                p.add("refused with confidence " + a.confidence());
            }
        }
        for (Citation c : a.sources()) {
            Article article = articles.get(c.articleId());
            if (article == null) {
                p.add("source from unknown article " + c.articleId());
            } else if (!sentences.get(c.articleId()).contains(c.sentence())) {
                p.add("source not verbatim from " + c.articleId() + ": " + HostileInputs.escape(c.sentence(), 80));
            } else if (!c.articleTitle().equals(article.info().title()) || !c.published().equals(article.info().published())) {
                p.add("source with the wrong title or date");
            }
        }
        return p;
    }

    private static void checkText(String what, String text, int limit, List<String> p) {
        if (text.length() > limit) {
            p.add(what + " of " + text.length() + " characters");
        }
        if (!HostileInputs.wellFormed(text)) {
            p.add(what + " has a lone surrogate: " + HostileInputs.escape(text, 120));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
                p.add(what + " has control character U+" + Integer.toHexString(c));
                break;
            }
        }
    }

    private static void report(AtomicIntegerArray seen, AtomicIntegerArray answered, AtomicLongArray slowest) {
        Map<Kind, String> lines = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            lines.put(k, String.format(java.util.Locale.ROOT, "%-17s %6d inputs %6d answered   slowest %7.1f ms",
                    k, seen.get(k.ordinal()), answered.get(k.ordinal()), slowest.get(k.ordinal()) / 1e6));
        }
        System.out.println("hostile inputs, seed " + SEED + ":");
        lines.values().forEach(System.out::println);
    }
}
