package talkbot;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One log line as the pattern {@code %d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n} writes it,
 * then the exception's trace when there is one — written by hand: logback's pattern layout loads
 * and registers every converter it knows, a tenth of a second of every command's start.
 */
final class LogLine extends EncoderBase<ILoggingEvent> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");
    private final TargetLengthBasedClassNameAbbreviator names = new TargetLengthBasedClassNameAbbreviator(20);
    private final ZoneId zone;

    LogLine(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        return text(event).getBytes(Charset.defaultCharset()); // as the pattern encoder, with no charset set, wrote it
    }

    String text(ILoggingEvent event) {
        StringBuilder b = new StringBuilder(128);
        TIME.formatTo(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone), b);
        String level = event.getLevel().toString();
        b.append(' ').append(level).append(" ".repeat(Math.max(0, 5 - level.length())));
        b.append(' ').append(names.abbreviate(event.getLoggerName()));
        b.append(" - ").append(event.getFormattedMessage()).append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            b.append(ThrowableProxyUtil.asString(thrown)); // ends in a line separator
        }
        return b.toString();
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
