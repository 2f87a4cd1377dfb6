package talkbot.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import talkbot.answer.QuestionAnswerer;
import talkbot.config.WhenQuiet;
import talkbot.corpus.ArticleInfo;
import talkbot.corpus.Corpus;
import talkbot.summary.CorpusSummarizer;
import talkbot.posting.DailyPostWriter;
import talkbot.summary.Summarizer;
import talkbot.summary.Summary;

/** The running bot learns what appears in its corpus folder: the same live core answers from it, no restart. */
class LiveCoreTest {
    static final String QUESTION = "What did Lutnick say outside Lancaster House?";
    static final String FRAMEWORK = "london-framework-agreed";

    @TempDir
    Path tmp;

    Path corpus;
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger reloaderLog = (Logger) LoggerFactory.getLogger(CorpusReloader.class);

    static Snapshot build(Corpus corpus) {
        Summarizer summarizer = new CorpusSummarizer(corpus);
        return Snapshot.of(corpus, QuestionAnswerer.over(corpus, summarizer), summarizer,
                new DailyPostWriter(corpus, summarizer, WhenQuiet.SHORT));
    }

    @BeforeEach
    void setUp() throws IOException {
        corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        log.start();
        reloaderLog.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        reloaderLog.detachAppender(log);
    }

    /** Copies the follow-up corpus's framework article into the corpus, as someone would by hand. */
    void copyFramework() throws IOException {
        for (String suffix : List.of(".meta.properties", ".txt")) {
            try (InputStream in = LiveCoreTest.class.getResourceAsStream("/corpora/followup/" + FRAMEWORK + suffix)) {
                Files.copy(in, corpus.resolve(FRAMEWORK + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN)
                .map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void anArticleCopiedIntoTheFolderIsAnsweredByTheSameCoreWithoutARestart() throws IOException {
        CorpusReloader reloader = new CorpusReloader(corpus, LiveCoreTest::build);
        LiveCore core = reloader.start();
        assertThat(core.answer(QUESTION).answered()).isFalse();
        try (CorpusWatcher watcher = CorpusWatcher.start(reloader, Duration.ofMillis(500), Duration.ofMillis(200))) {
            copyFramework();
            await().atMost(Duration.ofSeconds(60)).until(() -> core.answer(QUESTION).answered());
        }
        assertThat(core.answer(QUESTION).sources()).anyMatch(c -> c.articleId().equals(FRAMEWORK));
        assertThat(core.latest(1)).extracting(ArticleInfo::id).containsExactly(FRAMEWORK);
        assertThat(core.articleCount()).isEqualTo(2);
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage().startsWith("corpus: reloaded, 2 article(s)")
                && e.getFormattedMessage().contains("new: " + FRAMEWORK));
    }

    @Test
    void aBrokenArticleIsSkippedWithOneLogLineAndTheRestKeepsServing() throws IOException {
        CorpusReloader reloader = new CorpusReloader(corpus, LiveCoreTest::build);
        LiveCore core = reloader.start();
        CorpusWatcher watcher = CorpusWatcher.manual(reloader);
        try {
            Files.writeString(corpus.resolve("broken.txt"), "Only a heading\n");
            Files.writeString(corpus.resolve("broken-meta.txt"), "A sentence of an article about the talks.\n");
            Files.writeString(corpus.resolve("broken-meta.meta.properties"), "published=last Tuesday\n");
            copyFramework();
            assertThat(watcher.checkNow()).isTrue();
            assertThat(core.answer(QUESTION).answered()).isTrue();
            assertThat(core.articleCount()).isEqualTo(2);
            assertThat(warnings()).hasSize(2).allMatch(w -> w.startsWith("corpus: skipped a broken article: "))
                    .anyMatch(w -> w.contains("broken.txt: the article has no sentences"))
                    .anyMatch(w -> w.contains("published: expected a date as YYYY-MM-DD"));

            // another change: the same broken articles are not logged again
            Files.writeString(corpus.resolve("synonyms.txt"), "tariff, duty\n");
            assertThat(watcher.checkNow()).isTrue();
            assertThat(warnings()).hasSize(2);
            assertThat(watcher.checkNow()).as("nothing changed: no reload").isFalse();
        } finally {
            watcher.close();
        }
    }

    @Test
    void aRemovedArticleIsForgottenAndAFolderThatCannotLoadKeepsTheLastSnapshot() throws IOException {
        copyFramework();
        CorpusReloader reloader = new CorpusReloader(corpus, LiveCoreTest::build);
        LiveCore core = reloader.start();
        try (CorpusWatcher watcher = CorpusWatcher.manual(reloader)) {
            Files.delete(corpus.resolve(FRAMEWORK + ".txt"));
            assertThat(watcher.checkNow()).isTrue();
            assertThat(core.answer(QUESTION).answered()).isFalse();
            assertThat(core.latest(5)).extracting(ArticleInfo::id).containsExactly("us-china-london-talks");

            Snapshot before = core.snapshot();
            Files.writeString(corpus.resolve("aliases.tsv"), "not\ta\tvalid\tline\n");
            assertThat(watcher.checkNow()).isFalse();
            assertThat(core.snapshot()).isSameAs(before);
            assertThat(core.answer("Who leads China's delegation?").answered()).isTrue();
            assertThat(log.list).anyMatch(e -> e.getFormattedMessage().startsWith("corpus: not reloaded: ")
                    && e.getFormattedMessage().contains("aliases.tsv"));
            assertThat(watcher.checkNow()).as("tried once; waits for the next change").isFalse();
        }
    }

    @Test
    void anArticleChangedByHandIsReadAgain() throws IOException {
        copyFramework();
        CorpusReloader reloader = new CorpusReloader(corpus, LiveCoreTest::build);
        LiveCore core = reloader.start();
        assertThat(core.answer(QUESTION).sources().get(0).sentence()).contains("implement the Geneva consensus");
        try (CorpusWatcher watcher = CorpusWatcher.manual(reloader)) {
            Path text = corpus.resolve(FRAMEWORK + ".txt");
            Files.writeString(text, Files.readString(text).replace("implement the Geneva consensus",
                    "end the tariff war for good"));
            Path meta = corpus.resolve(FRAMEWORK + ".meta.properties");
            Files.writeString(meta, Files.readString(meta).replace("title=US and China agree on a framework in London",
                    "title=A framework is agreed in London"));
            assertThat(watcher.checkNow()).isTrue();
        }
        assertThat(core.answer(QUESTION).sources().get(0).sentence()).contains("end the tariff war for good")
                .doesNotContain("Geneva consensus");
        assertThat(core.latest(1)).extracting(ArticleInfo::title).containsExactly("A framework is agreed in London");
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage()
                .equals("corpus: reloaded, 2 article(s) (files: 0 added, 2 changed, 0 removed)"));
    }

    @Test
    void aFileBeingWrittenUnderAHiddenNameIsLeftAloneUntilItIsMovedIntoPlace() throws IOException {
        CorpusReloader reloader = new CorpusReloader(corpus, LiveCoreTest::build);
        LiveCore core = reloader.start();
        try (CorpusWatcher watcher = CorpusWatcher.manual(reloader)) {
            Path partial = corpus.resolve("." + FRAMEWORK + ".txt.part");
            try (InputStream in = LiveCoreTest.class.getResourceAsStream("/corpora/followup/" + FRAMEWORK + ".txt")) {
                Files.copy(in, partial);
            }
            assertThat(watcher.checkNow()).as("a hidden file is not an article yet").isFalse();
            assertThat(core.articleCount()).isEqualTo(1);

            Files.move(partial, corpus.resolve(FRAMEWORK + ".txt"), StandardCopyOption.ATOMIC_MOVE);
            assertThat(watcher.checkNow()).isTrue();
        }
        assertThat(core.answer(QUESTION).answered()).isTrue();
        assertThat(core.articleCount()).isEqualTo(2);
    }

    @Test
    void manyFilesCopiedAtOnceAreOneReload() throws IOException {
        CorpusReloader reloader = new CorpusReloader(corpus, LiveCoreTest::build);
        LiveCore core = reloader.start();
        // the folder must be still for 3 s before it is read: the copy below takes milliseconds
        try (CorpusWatcher watcher = CorpusWatcher.start(reloader, Duration.ofMillis(500), Duration.ofSeconds(3))) {
            copyFramework();
            for (int i = 1; i <= 5; i++) {
                Files.writeString(corpus.resolve("extra-" + i + ".txt"), "Extra article " + i + "\n"
                        + "Negotiators from the United States and China met again in London on day " + i + ".\n");
                Files.writeString(corpus.resolve("extra-" + i + ".meta.properties"),
                        "title=Extra article " + i + "\npublished=2025-06-1" + i + "\nsource=Test\n");
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> core.articleCount() == 7);
        }
        assertThat(log.list).filteredOn(e -> e.getFormattedMessage().startsWith("corpus: reloaded")).hasSize(1)
                .allMatch(e -> e.getFormattedMessage().contains("(files: 12 added, 0 changed, 0 removed)"));
        assertThat(core.answer(QUESTION).answered()).isTrue();
    }

    @Test
    void aCallInFlightFinishesOnItsSnapshotWhileTheNextOneIsSwappedIn() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CorpusReloader reloader = new CorpusReloader(corpus, c -> {
            Snapshot real = build(c);
            Set<String> ids = Set.copyOf(c.articles().stream().map(a -> a.id()).toList());
            Summarizer slow = seen -> {
                inside.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new Summary("t", List.of(), List.of(), ids);
            };
            return new Snapshot(c, real.answerer(), slow, real.posts(), real.newestFirst());
        });
        LiveCore core = reloader.start();
        CompletableFuture<Summary> inFlight = CompletableFuture.supplyAsync(() -> core.summarize(null));
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        copyFramework();
        assertThat(reloader.reload()).isTrue();
        release.countDown();
        assertThat(inFlight.get(30, TimeUnit.SECONDS).articleIds()).containsExactly("us-china-london-talks");
        assertThat(core.summarize(null).articleIds()).containsExactlyInAnyOrder("us-china-london-talks", FRAMEWORK);
    }
}
