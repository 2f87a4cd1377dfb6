package talkbot.cli;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.answer.QuestionAnswerer;
import talkbot.config.Settings;
import talkbot.config.SettingsLoader;
import talkbot.config.WhenQuiet;
import talkbot.corpus.BotProfile;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.index.IndexStore;
import talkbot.live.Hold;
import talkbot.live.Snapshot;
import talkbot.posting.DailyPostWriter;
import talkbot.posting.PostWriter;
import talkbot.summary.CorpusSummarizer;
import talkbot.summary.Summarizer;

/**
 * The answering core, assembled from settings: what every command starts from. {@code profile} is
 * what the corpus's bot.properties says about the bot (topic, greeting, help, examples).
 */
record Core(Settings settings, Corpus corpus, BotProfile profile, QuestionAnswerer answerer, Summarizer summarizer) {
    private static final Logger LOG = LoggerFactory.getLogger(Core.class);

    /** Settings from config and environment, with {@code --corpus} taking precedence when given. */
    static Settings settings(Path corpusOption) {
        Settings s = SettingsLoader.fromEnvironment();
        return corpusOption == null ? s : s.withCorpus(corpusOption);
    }

    static Core load(Settings settings) {
        return of(settings, CorpusLoader.load(settings.corpus()));
    }

    /**
     * Loads the corpus as {@code run} does: a broken article is skipped with one log line and the
     * rest loads (what {@code post-summary} needs, to send what the running bot's post would).
     */
    static Core loadSkippingBroken(Settings settings) {
        return of(settings, CorpusLoader.load(settings.corpus(),
                e -> LOG.warn("corpus: skipped a broken article: {}", e.getMessage())));
    }

    private static Core of(Settings settings, Corpus corpus) {
        BotProfile profile = BotProfile.load(settings.corpus());
        Summarizer summarizer = new CorpusSummarizer(corpus, profile.topic());
        QuestionAnswerer answerer = new QuestionAnswerer(CorpusIndex.build(corpus), summarizer, profile);
        return new Core(settings, corpus, profile, answerer, summarizer);
    }

    /** The daily post of this core's corpus. */
    PostWriter posts(WhenQuiet whenQuiet) {
        return new DailyPostWriter(corpus, summarizer, whenQuiet, profile.topic());
    }

    /**
     * Everything a running bot answers from, built from one corpus over the on-disk index (brought
     * in step with the corpus first): what the live core swaps in on a reload.
     */
    static Snapshot snapshot(Corpus corpus, BotProfile profile, WhenQuiet whenQuiet, IndexStore store) {
        store.sync(corpus);
        CorpusIndex index = store.view(corpus);
        try {
            Summarizer summarizer = new CorpusSummarizer(corpus, profile.topic());
            QuestionAnswerer answerer = new QuestionAnswerer(index, summarizer, profile);
            return Snapshot.of(corpus, answerer, summarizer, new DailyPostWriter(corpus, summarizer, whenQuiet, profile.topic()),
                    Hold.of(index));
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }
}
