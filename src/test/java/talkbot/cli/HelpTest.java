package talkbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import talkbot.cli.MainTest.Run;

/** Every command explains itself: --help, -h and {@code help CMD} exit 0 with the usage on standard output. */
class HelpTest {

    static List<String> commands() {
        return List.copyOf(Main.commandLine().getSubcommands().keySet());
    }

    static List<String> commandsOtherThanHelp() {
        return commands().stream().filter(c -> !c.equals("help")).toList();
    }

    @Test
    void everyCommandIsListed() {
        assertThat(commands()).contains("ask", "chat", "run", "summary", "subscriptions", "post-summary", "sentences",
                "bench", "health", "help");
    }

    @Test
    void aCommandNamedFirstIsTheOnlyOneModelledAnythingElseModelsThemAll() {
        assertThat(Main.commandLine("ask", "who leads china?").getSubcommands()).containsOnlyKeys("ask");
        assertThat(Main.commandLine("post-summary").getSubcommands()).containsOnlyKeys("post-summary");
        for (String[] args : List.of(new String[0], new String[] {"help", "ask"}, new String[] {"asx"},
                new String[] {"--help"}, new String[] {"ASK"})) {
            assertThat(Main.commandLine(args).getSubcommands().keySet()).as(String.join(" ", args))
                    .containsExactlyElementsOf(commands());
        }
    }

    @ParameterizedTest
    @MethodSource("commands")
    void longAndShortHelpExit0WithTheUsage(String command) {
        for (String option : List.of("--help", "-h")) {
            Run r = MainTest.run(command, option);
            assertThat(r.exit()).as(command + " " + option + ": " + r.err()).isZero();
            assertThat(r.err()).isEmpty();
            assertThat(r.out()).contains("Usage: talkbot " + command + " ").contains("-h, --help");
        }
    }

    @ParameterizedTest
    @MethodSource("commandsOtherThanHelp")
    void helpCommandGivesTheSameUsage(String command) {
        Run viaHelp = MainTest.run("help", command);
        assertThat(viaHelp.exit()).as(viaHelp.err()).isZero();
        assertThat(viaHelp.out()).isEqualTo(MainTest.run(command, "--help").out());
    }

    @ParameterizedTest
    @MethodSource("commandsOtherThanHelp")
    void everyCommandTakesTheCorpusOption(String command) {
        assertThatCode(() -> Main.commandLine().parseArgs(command, "--corpus", "corpus"))
                .as(command).doesNotThrowAnyException();
        assertThat(MainTest.run(command, "--help").out()).as(command).contains("--corpus=DIR");
    }

    @Test
    void topLevelHelpListsEveryCommandWithAWholeSentence() {
        Run r = MainTest.run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("-V, --version", "help");
        Map<String, CommandLine> subcommands = Main.commandLine().getSubcommands();
        subcommands.forEach((name, cl) -> {
            String[] header = cl.getCommandSpec().usageMessage().header();
            String[] description = cl.getCommandSpec().usageMessage().description();
            String listed = header.length > 0 ? header[0] : description[0];
            assertThat(listed).as(name + " is listed with").endsWith(".");
        });
    }

    @Test
    void anUnknownCommandForHelpIsAUsageError() {
        Run r = MainTest.run("help", "frobnicate");
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("frobnicate").doesNotContain("\tat ");
    }

    @Test
    void versionPrintsTheVersion() {
        Run r = MainTest.run("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("talkbot ");
    }
}
