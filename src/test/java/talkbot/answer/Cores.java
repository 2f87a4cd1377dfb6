package talkbot.answer;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.summary.CorpusSummarizer;

/** Answering cores over the project's corpus and the test corpora, built once per test run. */
public final class Cores {
    private static final Map<Path, QuestionAnswerer> CORES = new ConcurrentHashMap<>();

    private Cores() {}

    /** The core over the project's own corpus/. */
    public static QuestionAnswerer project() {
        return over(Path.of("corpus"));
    }

    /** The core over src/test/resources/corpora/NAME. */
    public static QuestionAnswerer testCorpus(String name) {
        return over(Path.of("src/test/resources/corpora", name));
    }

    public static QuestionAnswerer over(Path dir) {
        return CORES.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            Corpus corpus = CorpusLoader.load(d);
            return QuestionAnswerer.over(corpus, new CorpusSummarizer(corpus));
        });
    }
}
