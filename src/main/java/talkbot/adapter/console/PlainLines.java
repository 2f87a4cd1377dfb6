package talkbot.adapter.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

/** Lines as they come, for piped input (no prompt) or a terminal that line editing cannot use (a prompt). */
final class PlainLines implements LineInput {
    private final BufferedReader in;
    private final PrintStream prompts;

    /** @param prompts where prompts are printed, or null for none (piped input) */
    PlainLines(BufferedReader in, PrintStream prompts) {
        this.in = in;
        this.prompts = prompts;
    }

    @Override
    public String readLine(String prompt) throws IOException {
        if (prompts != null) {
            prompts.print(prompt);
            prompts.flush();
        }
        return in.readLine();
    }

    @Override
    public void close() {
        // standard input is not ours to close
    }
}
