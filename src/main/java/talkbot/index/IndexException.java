package talkbot.index;

/** The on-disk index cannot be opened: in use by another process, or its folder cannot be written. One line for the user. */
public final class IndexException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
