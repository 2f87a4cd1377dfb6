package talkbot.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import talkbot.config.ConfigException;
import talkbot.config.SettingsLoader;
import talkbot.corpus.BotProfile;
import talkbot.corpus.CorpusException;
import talkbot.store.StoreException;

/** The talkbot command line. Errors are one line on standard error and a non-zero exit, never a stack trace. */
@Command(name = "talkbot", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Answers questions about a corpus of news articles, on Telegram, Slack and a console chat.",
        subcommands = {AskCommand.class, ChatCommand.class, RunCommand.class, AddCommand.class, SummaryCommand.class,
                SubscriptionsCommand.class, PostSummaryCommand.class, SentencesCommand.class, BenchCommand.class,
                HealthCommand.class, FeedbackCommand.class, HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line; returns the exit code. */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        describe(cl);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (e instanceof UsageProblem) {
                err.println("talkbot: " + e.getMessage());
                return 2;
            }
            if (e instanceof CorpusException || e instanceof ConfigException || e instanceof StoreException
                    || e instanceof talkbot.index.IndexException) {
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

    /**
     * The top-level description from the corpus's bot.properties ("Answers questions about the
     * US–China trade talks …"), when the settings and that file can be read; the neutral one
     * otherwise (the command that runs then says what is wrong).
     */
    private static void describe(CommandLine cl) {
        try {
            String description = BotProfile.load(SettingsLoader.fromEnvironment().corpus()).description();
            cl.getCommandSpec().usageMessage().description(description);
        } catch (RuntimeException e) {
            // keep the neutral description
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"talkbot " + (v == null ? "development build" : v)};
        }
    }
}
