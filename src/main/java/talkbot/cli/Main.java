package talkbot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import talkbot.config.ConfigException;
import talkbot.corpus.CorpusException;
import talkbot.store.StoreException;

/** The talkbot command line. Errors are one line on standard error and a non-zero exit, never a stack trace. */
@Command(name = "talkbot", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Answers questions about the US–China trade talks in London from a corpus of news articles.",
        subcommands = {AskCommand.class, ChatCommand.class, RunCommand.class, AddCommand.class, SummaryCommand.class,
                SubscriptionsCommand.class, PostSummaryCommand.class, SentencesCommand.class, BenchCommand.class,
                HealthCommand.class, HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line; returns the exit code. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UsageProblem) {
                err.println("talkbot: " + e.getMessage());
                return 2;
            }
            if (e instanceof CorpusException || e instanceof ConfigException || e instanceof StoreException) {
                err.println("talkbot: " + e.getMessage());
                return 1;
            }
            if (e instanceof java.io.IOException || e instanceof IllegalStateException) {
                err.println("talkbot: cannot start: " + e.getMessage());
                return 1;
            }
            err.println("talkbot: unexpected error: " + e);
            return 1;
        });
        return cl.execute(args);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"talkbot " + (v == null ? "development build" : v)};
        }
    }
}
