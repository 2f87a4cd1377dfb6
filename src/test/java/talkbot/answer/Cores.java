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

    /** The question parser and the sentence ranker over src/test/resources/corpora/NAME: every candidate the sentences give. */
    record Parts(talkbot.intent.QuestionParser parser, SentenceRanker sentences) {
        java.util.List<Candidate> candidates(String question) {
            return sentences.all(parser.parse(question));
        }

        /** The candidate that ranks first, whether or not its confidence clears the answer threshold: what a mechanism picks. */
        Candidate top(String question) {
            return candidates(question).stream().max(java.util.Comparator.comparingDouble(Candidate::score)).orElseThrow();
        }
    }

    static Parts parts(String name) {
        Corpus corpus = CorpusLoader.load(Path.of("src/test/resources/corpora", name));
        talkbot.index.CorpusIndex index = talkbot.index.CorpusIndex.build(corpus);
        talkbot.intent.QuestionParser parser = new talkbot.intent.QuestionParser(index, talkbot.intent.IntentRouter.load());
        return new Parts(parser, new SentenceRanker(index, new Weights(index, parser.entityMatcher()), new RoundFit(corpus),
                ConfidenceModel.load(), new Sides(index)));
    }

    public static QuestionAnswerer over(Path dir) {
        return CORES.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            Corpus corpus = CorpusLoader.load(d);
            return QuestionAnswerer.over(corpus, new CorpusSummarizer(corpus));
        });
    }
}
