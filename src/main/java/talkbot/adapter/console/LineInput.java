package talkbot.adapter.console;

import java.io.Closeable;
import java.io.IOException;

/** Where the console chat's lines come from: a terminal with line editing, or plain lines. */
interface LineInput extends Closeable {
    /** The next line, without its end; null at the end of input (Ctrl-D, Ctrl-C or end of a pipe). */
    String readLine(String prompt) throws IOException;
}
