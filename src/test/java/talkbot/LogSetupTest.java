package talkbot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logback finds the project's set-up through META-INF/services: the libraries that log URLs (and so tokens) stay quiet. */
class LogSetupTest {
    @Test
    void theLibrariesThatLogRequestUrlsAreQuietAndLogsGoToStandardError() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : LogSetup.QUIET.keySet()) {
            assertThat(context.getLogger(name).isInfoEnabled()).as(name).isFalse();
        }
        assertThat(context.getLogger("okhttp3.OkHttpClient").isInfoEnabled()).isFalse(); // children inherit it
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("STDERR")).isNotNull();
        assertThat(context.getLogger("talkbot").isInfoEnabled()).isTrue();
    }
}
