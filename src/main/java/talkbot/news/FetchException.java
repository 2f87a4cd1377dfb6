package talkbot.news;

/** A fetch that did not bring a usable body; the message is one line for people. */
final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a fetch failed, which decides whether it is worth trying again later. */
    enum Reason {
        /** Network error, timeout, an HTTP error status, or too many redirects. */
        UNREACHABLE,
        /** The body is over the size limit. */
        TOO_LARGE,
        /** Not an http(s) URL, or a redirect to one that is not. */
        BAD_URL
    }

    private final Reason reason;
    private final boolean lasting;

    FetchException(Reason reason, String message) {
        this(reason, message, reason != Reason.UNREACHABLE);
    }

    /** @param lasting whether trying again later would end the same (a 404, a redirect loop) */
    FetchException(Reason reason, String message, boolean lasting) {
        super(message);
        this.reason = reason;
        this.lasting = lasting;
    }

    Reason reason() {
        return reason;
    }

    boolean lasting() {
        return lasting;
    }
}
