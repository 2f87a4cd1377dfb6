package talkbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options every command takes, through this mixin: {@code --corpus DIR}, and {@code -h, --help}
 * ({@link HelpOption}). {@code HelpTest} checks that every command has both.
 */
final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Folder of articles (default: TALKBOT_CORPUS, or corpus).")
    Path corpus;

    @Mixin
    HelpOption help;

    Core load() {
        return Core.load(Core.settings(corpus));
    }
}
