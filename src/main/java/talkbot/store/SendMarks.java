package talkbot.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes an inbox keeps in a message's {@code outcome} column while its answer goes out, the
 * same in every backend: {@code "held I/N BOOT"} (request I of N recorded, its last byte not yet
 * written; BOOT names the run of whatever holds the notes that come after it: the machine for a
 * SQLite file, the database server for PostgreSQL; left out when it cannot be told),
 * {@code "released I/N"} (noted just before the last byte) and {@code "written I/N"} (just after
 * it). A pending message's outcome is null, or {@code "from I"} when requests before I went out.
 * {@link #sort} says what becomes of a message a stopped process left mid-send.
 */
final class SendMarks {
    private static final Pattern MARK = Pattern.compile("(held|released|written) (\\d+)/(\\d+)(?: (\\S+))?");
    private static final Pattern FROM = Pattern.compile("from (\\d+)");

    /** How a message left mid-send counts (see {@link Inbox.Recovery}). */
    enum Kind { RECLAIMED, UNCERTAIN, SENT }

    /** What a message left mid-send becomes: its new state and outcome, and how it counts. */
    record Verdict(String state, String outcome, Kind kind) {}

    private SendMarks() {}

    static String held(Inbox.Part part, String boot) {
        return mark("held", part) + (boot == null ? "" : " " + boot);
    }

    static String released(Inbox.Part part) {
        return mark("released", part);
    }

    static String written(Inbox.Part part) {
        return mark("written", part);
    }

    private static String mark(String phase, Inbox.Part part) {
        return phase + " " + part.index() + "/" + part.count();
    }

    /** The outcome of a pending message whose answer goes on from request {@code from}. */
    static String from(int from) {
        return from == 0 ? null : "from " + from;
    }

    /** The request a pending message's answer goes on from, by its outcome. */
    static int fromOf(String outcome) {
        Matcher m = FROM.matcher(String.valueOf(outcome));
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * What becomes of a message left {@code sending} with {@code outcome}, read by a process whose
     * run (machine or server) is {@code boot} (null: cannot be told). Held on the same run: the
     * request never completed, so it is sent again. Held across another run, or released: it may
     * have gone out, and is sent again as uncertain. Written: the next request goes, or, after the
     * last, the answer counts as sent. No mark (a build before them): uncertain.
     */
    static Verdict sort(String outcome, String boot) {
        Matcher m = MARK.matcher(String.valueOf(outcome));
        if (!m.matches()) {
            return new Verdict("pending", null, Kind.UNCERTAIN);
        }
        int index = Integer.parseInt(m.group(2));
        int count = Integer.parseInt(m.group(3));
        return switch (m.group(1)) {
            case "held" -> new Verdict("pending", from(index),
                    boot != null && boot.equals(m.group(4)) ? Kind.RECLAIMED : Kind.UNCERTAIN);
            case "released" -> new Verdict("pending", from(index), Kind.UNCERTAIN);
            default -> index + 1 >= count ? new Verdict("done", "sent", Kind.SENT)
                    : new Verdict("pending", from(index + 1), Kind.RECLAIMED); // the rest of an answer in several requests
        };
    }

    /** Counts verdicts into a {@link Inbox.Recovery}. */
    static final class Tally {
        private int reclaimed;
        private int uncertain;
        private int sent;

        void add(Verdict v) {
            switch (v.kind()) {
                case RECLAIMED -> reclaimed++;
                case UNCERTAIN -> uncertain++;
                case SENT -> sent++;
            }
        }

        Inbox.Recovery recovery() {
            return new Inbox.Recovery(reclaimed, uncertain, sent);
        }
    }
}
