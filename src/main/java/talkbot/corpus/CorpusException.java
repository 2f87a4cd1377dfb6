package talkbot.corpus;

/** The corpus is missing or malformed; the message names the file (and line) and what is wrong. */
public final class CorpusException extends RuntimeException {
    public CorpusException(String message) {
        super(message);
    }

    public CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
