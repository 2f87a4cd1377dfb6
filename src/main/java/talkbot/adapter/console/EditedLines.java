package talkbot.adapter.console;

import java.io.IOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;

/**
 * Lines from a terminal through JLine: editing (arrows, Home/End, Ctrl-A/E/W …) and the history of
 * this session (Up/Down, Ctrl-R). Ctrl-D or Ctrl-C on a line ends the chat.
 */
final class EditedLines implements LineInput {
    private final Terminal terminal;
    private final LineReader reader;

    EditedLines(Terminal terminal) {
        this.terminal = terminal;
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("talkbot")
                // questions hold '!' and '\': read them as typed, not as history events or escapes
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .variable(LineReader.HISTORY_SIZE, 500)
                .build();
    }

    @Override
    public String readLine(String prompt) {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException | EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        terminal.close();
    }
}
