package talkbot;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * The logging set-up, in code rather than logback.xml (whose XML parsing cost a fifth of
 * {@code ask}'s start): logs go to standard error, so that standard output carries only answers;
 * the level is {@code TALKBOT_LOG_LEVEL} (default INFO); and the libraries that would log request
 * URLs or bodies — the Telegram Bot API puts the token in the URL — are kept quiet, so that no
 * token can reach a log. Found by logback through {@code META-INF/services}.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {
    /** Loggers held above INFO: what they would say is said once, in one line, by this project's code. */
    static final Map<String, Level> QUIET = Map.of(
            "okhttp3", Level.WARN,
            "org.telegram", Level.WARN,
            "com.slack.api", Level.WARN,
            "org.apache.lucene", Level.WARN,
            "org.eclipse.jetty", Level.WARN,
            "com.slack.api.bolt.util.SlackRequestParser", Level.ERROR, // it logs the whole body of a request it does not know
            "com.zaxxer.hikari", Level.ERROR,
            "org.flywaydb", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        LogLine encoder = new LogLine(java.time.ZoneId.systemDefault());
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.toLevel(System.getenv("TALKBOT_LOG_LEVEL"), Level.INFO));
        root.addAppender(stderr);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
