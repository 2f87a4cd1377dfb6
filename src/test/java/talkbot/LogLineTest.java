package talkbot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The hand-written log line is the line logback's pattern layout writes for the same pattern, exception traces included. */
class LogLineTest {
    private final LoggerContext context = new LoggerContext();

    private String pattern(LoggingEvent e) {
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.setPattern("%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n");
        layout.start();
        return layout.doLayout(e);
    }

    private LoggingEvent event(String logger, Level level, String message, Throwable thrown, Object... args) {
        LoggingEvent e = new LoggingEvent("x", context.getLogger(logger), level, message, thrown, args);
        e.setTimeStamp(1_764_000_123_456L);
        return e;
    }

    @Test
    void writesWhatThePatternWrites() {
        LogLine line = new LogLine(ZoneId.systemDefault());
        line.setContext(context);
        LoggingEvent[] events = {
            event("talkbot.index.IndexStore", Level.INFO, "index: {} added in {} ms", null, 1, 40),
            event("talkbot.adapter.telegram.TelegramPlatform", Level.WARN, "short", null),
            event("x", Level.ERROR, "failed: {}", new IllegalStateException("boom", new RuntimeException("cause")), "it"),
            event("org.eclipse.jetty.server.handler.ContextHandler", Level.DEBUG, "ü and ✓", null),
        };
        for (LoggingEvent e : events) {
            assertThat(line.text(e)).isEqualTo(pattern(e));
        }
        assertThat(line.text(events[0])).endsWith(" INFO  t.index.IndexStore - index: 1 added in 40 ms" + System.lineSeparator());
        assertThat(line.text(events[2])).contains("java.lang.IllegalStateException: boom", "Caused by: java.lang.RuntimeException: cause");
    }
}
