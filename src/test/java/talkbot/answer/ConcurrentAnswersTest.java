package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.summary.CorpusSummarizer;

/**
 * The core is shared by every chat: 8 threads × 150 rounds of the development questions (and
 * two misspelt ones, for the spelling corrector) on one fresh answerer must give exactly the
 * answers — whole records — that another answerer gives one question at a time. (About 25 s on
 * 2 cores: 8 threads on 2 cores answer at half the rate of 2, so adapters should answer on a
 * pool the size of the machine.)
 */
class ConcurrentAnswersTest {
    private static final int THREADS = 8;
    private static final int ROUNDS = 150;
    private static final List<String> MORE = List.of("who leeds the chinese delegation", "what did bessant do");

    @Test
    void eightThreadsGetExactlyTheSingleThreadedAnswers() throws Exception {
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        List<String> questions = new ArrayList<>(devQuestions());
        questions.addAll(MORE);
        QuestionAnswerer reference = QuestionAnswerer.over(corpus, new CorpusSummarizer(corpus));
        Map<String, Answer> expected = new LinkedHashMap<>();
        for (String q : questions) {
            expected.put(q, reference.answer(q));
        }
        assertThat(expected.values()).filteredOn(Answer::answered).hasSizeGreaterThan(20);

        QuestionAnswerer shared = QuestionAnswerer.over(corpus, new CorpusSummarizer(corpus)); // cold: first uses race too
        ConcurrentLinkedQueue<String> mismatches = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicLong answered = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Thread thread = new Thread(() -> {
                try {
                    start.await();
                    List<String> order = new ArrayList<>(questions);
                    Random random = new Random(id);
                    for (int round = 0; round < ROUNDS; round++) {
                        Collections.shuffle(order, random); // each thread meets the questions in its own order
                        for (String q : order) {
                            Answer a = shared.answer(q);
                            answered.incrementAndGet();
                            if (!expected.get(q).equals(a) && mismatches.size() < 20) {
                                mismatches.add("thread " + id + " round " + round + ": " + q + "\n  expected " + expected.get(q)
                                        + "\n  got      " + a);
                            }
                        }
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "answer-" + t);
            threads.add(thread);
            thread.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        assertThat(mismatches).isEmpty();
        assertThat(answered.get()).isEqualTo((long) THREADS * ROUNDS * questions.size());
    }

    static List<String> devQuestions() throws IOException {
        try (InputStream in = ConcurrentAnswersTest.class.getResourceAsStream("/talkbot/dev-questions.txt")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }
}
