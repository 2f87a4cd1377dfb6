package talkbot.live;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import talkbot.index.CorpusIndex;

/**
 * What a snapshot keeps open for its answers (the index reader they search): each answer holds
 * it for its duration, and the snapshot lets go of its own hold when it is replaced, so the
 * reader closes once no answer in flight uses it.
 *
 * @param tryRetain holds it for one answer; false once it is closed
 * @param release   lets go of one answer's hold
 * @param retire    lets go of the snapshot's own hold (idempotent)
 */
public record Hold(BooleanSupplier tryRetain, Runnable release, Runnable retire) {
    /** Nothing to keep open: a snapshot over an index that lives as long as the process. */
    public static final Hold NONE = new Hold(() -> true, () -> { }, () -> { });

    public Hold {
        Objects.requireNonNull(tryRetain, "tryRetain");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(retire, "retire");
    }

    /** The hold of an index view's reader. */
    public static Hold of(CorpusIndex index) {
        return new Hold(index::tryRetain, index::release, index::close);
    }
}
