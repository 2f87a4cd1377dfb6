package talkbot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --corpus DIR}, shared by every command through a mixin. */
final class CorpusOption {
    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Corpus folder (default: TALKBOT_CORPUS, else ./corpus).")
    Path corpus;

    Core load() {
        return Core.load(Core.settings(corpus));
    }
}
