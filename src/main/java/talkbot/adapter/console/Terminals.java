package talkbot.adapter.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Chooses the console's input: JLine on a terminal, plain lines when piped or when no terminal can be opened. */
final class Terminals {
    /**
     * JLine reports a terminal it cannot open through java.util.logging; falling back to plain lines
     * says enough. Held here, as java.util.logging keeps loggers (and so their level) weakly.
     */
    private static final Logger JLINE_LOG = Logger.getLogger("org.jline");

    private Terminals() {}

    static LineInput open(boolean interactive, PrintStream out) {
        if (interactive) {
            JLINE_LOG.setLevel(Level.OFF);
            try {
                Terminal terminal = TerminalBuilder.builder()
                        .system(true)
                        .dumb(false)
                        .encoding(StandardCharsets.UTF_8)
                        .build();
                return new EditedLines(terminal);
            } catch (IOException | RuntimeException e) {
                return new PlainLines(stdin(), out);
            }
        }
        return new PlainLines(stdin(), null);
    }

    private static BufferedReader stdin() {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    }
}
