package talkbot.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.Answer;
import talkbot.answer.QuestionAnswerer;
import talkbot.config.WhenQuiet;
import talkbot.corpus.Corpus;
import talkbot.index.CorpusIndex;
import talkbot.index.IndexStore;
import talkbot.posting.DailyPostWriter;
import talkbot.summary.CorpusSummarizer;
import talkbot.summary.Summarizer;

/** The live core over the on-disk index: reloads while questions are answered, each from one snapshot. */
class LiveIndexTest {
    @TempDir
    Path tmp;

    @Test
    void questionsAnsweredDuringReloadsSeeOneSnapshot_andReplacedReadersCloseOnceUnused() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        List<CorpusIndex> views = Collections.synchronizedList(new ArrayList<>());
        try (IndexStore store = IndexStore.open(tmp.resolve("data/index"))) {
            CorpusReloader reloader = new CorpusReloader(corpus, c -> snapshot(store, c, views));
            LiveCore core = reloader.start();
            String question = "Who leads China's delegation?";
            String expected = core.answer(question).shortAnswer();
            assertThat(expected).isEqualTo("He Lifeng");

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger asked = new AtomicInteger();
            List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
            List<String> wrong = Collections.synchronizedList(new ArrayList<>());
            List<Thread> askers = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                Thread th = new Thread(() -> {
                    while (!stop.get() || asked.get() < 30) {
                        try {
                            Answer a = core.answer(question);
                            if (!expected.equals(a.shortAnswer())) {
                                wrong.add(a.shortAnswer());
                            }
                            asked.incrementAndGet();
                        } catch (Throwable e) {
                            failures.add(e);
                            return;
                        }
                    }
                });
                askers.add(th);
                th.start();
            }
            Random random = new Random(20250609);
            List<String> present = new ArrayList<>();
            for (int round = 0; round < 8; round++) {
                if (present.isEmpty() || random.nextBoolean()) {
                    String id = "zinc-note-" + round;
                    Files.writeString(corpus.resolve(id + ".txt"), "Officials in Oslo discussed zinc quotas number " + round
                            + " on Monday.\nThe zinc talks will resume next week.\n");
                    present.add(id);
                } else {
                    String id = present.remove(random.nextInt(present.size()));
                    Files.delete(corpus.resolve(id + ".txt"));
                }
                assertThat(reloader.reload()).isTrue();
                assertThat(store.articleCount()).isEqualTo(1 + present.size());
            }
            stop.set(true);
            for (Thread th : askers) {
                th.join();
            }
            assertThat(failures).isEmpty();
            assertThat(wrong).isEmpty();
            assertThat(views).hasSize(9);
            for (CorpusIndex v : views.subList(0, views.size() - 1)) {
                assertThat(v.tryRetain()).as("a replaced snapshot's reader is closed once no answer uses it").isFalse();
            }
            CorpusIndex current = views.get(views.size() - 1);
            assertThat(current.tryRetain()).isTrue();
            current.release();
            core.close();
        }
    }

    private static Snapshot snapshot(IndexStore store, Corpus c, List<CorpusIndex> views) {
        store.sync(c);
        CorpusIndex index = store.view(c);
        views.add(index);
        Summarizer summarizer = new CorpusSummarizer(c);
        return Snapshot.of(c, new QuestionAnswerer(index, summarizer), summarizer, new DailyPostWriter(c, summarizer, WhenQuiet.SHORT),
                Hold.of(index));
    }
}
