package talkbot.cli;

import java.io.PrintWriter;
import java.util.List;
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
        description = "Answers questions about a corpus of news articles, on Telegram, Slack and a console chat.")
public final class Main {
    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> COMMANDS = List.of(AskCommand.class, ChatCommand.class, RunCommand.class,
            AddCommand.class, SummaryCommand.class, SubscriptionsCommand.class, PostSummaryCommand.class,
            SentencesCommand.class, BenchCommand.class, HealthCommand.class, FeedbackCommand.class, HelpCommand.class);

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line; returns the exit code. */
    public static int execute(String... args) {
        CommandLine cl = commandLine(args);
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

    /** The whole command line, every subcommand modelled. */
    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        COMMANDS.forEach(cl::addSubcommand);
        describe(cl);
        return cl;
    }

    /**
     * The command line that {@code args} need: when they start with a subcommand's name, only that
     * subcommand is modelled (picocli building every command's model, and initialising every
     * command class, was about a quarter of {@code ask}'s start); otherwise — no arguments, an
     * option, {@code help}, a mistyped name — every one, for the usage and the suggestions.
     */
    static CommandLine commandLine(String... args) {
        String first = args.length == 0 ? "" : args[0];
        List<Class<?>> named = COMMANDS.stream()
                .filter(c -> c != HelpCommand.class && c.getAnnotation(Command.class).name().equals(first))
                .toList();
        if (named.isEmpty()) {
            return commandLine();
        }
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand(named.get(0));
        return cl;
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
