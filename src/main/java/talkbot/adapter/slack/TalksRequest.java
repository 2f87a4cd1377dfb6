package talkbot.adapter.slack;

import java.util.Locale;
import java.util.Objects;
import talkbot.chat.Command;

/**
 * What a user asked for in {@code /talks ...}, a mention or a DM: a command, or a question
 * ({@link Command#ASK}) with its text; {@code share} when the answer is for the whole channel.
 */
record TalksRequest(Command command, String question, boolean share) {
    static final String SHARE = "share";

    TalksRequest {
        Objects.requireNonNull(command, "command");
        question = question == null ? "" : question;
    }

    /**
     * Parses the text after the command or the mention. Empty text is help; a lone command word
     * ("summary", "Help?") is that command; "share QUESTION" and "ask QUESTION" are questions;
     * anything else is a question as it stands.
     */
    static TalksRequest parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return new TalksRequest(Command.HELP, "", false);
        }
        String[] parts = t.split("\\s+", 2);
        String word = parts[0].toLowerCase(Locale.ROOT);
        String rest = parts.length > 1 ? parts[1].strip() : "";
        if (word.equals(SHARE)) {
            return new TalksRequest(Command.ASK, rest, true);
        }
        if (word.equals(Command.ASK.word())) {
            return new TalksRequest(Command.ASK, rest, false);
        }
        if (rest.isEmpty()) {
            String bare = word.replaceAll("[?!.]+$", "");
            var command = Command.byWord(bare);
            if (command.isPresent() && command.get() != Command.ASK) {
                return new TalksRequest(command.get(), "", false);
            }
        }
        return new TalksRequest(Command.ASK, t, false);
    }
}
