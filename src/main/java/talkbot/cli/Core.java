package talkbot.cli;

import java.nio.file.Path;
import talkbot.answer.QuestionAnswerer;
import talkbot.config.Settings;
import talkbot.config.SettingsLoader;
import talkbot.corpus.BotProfile;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.summary.CorpusSummarizer;
import talkbot.summary.Summarizer;

/** The answering core, assembled from settings: what every command starts from. */
record Core(Settings settings, Corpus corpus, BotProfile profile, QuestionAnswerer answerer, Summarizer summarizer) {

    /** Settings from config and environment, with {@code --corpus} taking precedence when given. */
    static Settings settings(Path corpusOption) {
        Settings s = SettingsLoader.fromEnvironment();
        return corpusOption == null ? s : s.withCorpus(corpusOption);
    }

    static Core load(Settings settings) {
        Corpus corpus = CorpusLoader.load(settings.corpus());
        BotProfile profile = BotProfile.load(settings.corpus());
        Summarizer summarizer = new CorpusSummarizer(corpus, profile.topic());
        QuestionAnswerer answerer = new QuestionAnswerer(CorpusIndex.build(corpus), summarizer, profile);
        return new Core(settings, corpus, profile, answerer, summarizer);
    }
}
