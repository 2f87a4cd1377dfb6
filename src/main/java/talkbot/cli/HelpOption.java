package talkbot.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help}: prints the command's usage and exits 0. Every command has it through {@link CorpusOption}. */
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
