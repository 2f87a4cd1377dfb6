package talkbot.store;

import java.util.List;
import java.util.Objects;

/**
 * The articles added while bots run ({@code talkbot add}, feeds), kept in a store that several
 * replicas share, so that each replica writes them into its own corpus folder and answers from
 * them. Each is kept as its files hold it: the id (the file name), the {@code .meta.properties}
 * text and the {@code .txt} text. Only a shared store keeps them ({@link Store#articles()}).
 * Thread-safe.
 */
public interface Articles {

    /** An article kept: {@code seq} orders them as they were stored. */
    record Stored(long seq, String id, String meta, String text) {
        public Stored {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(meta, "meta");
            Objects.requireNonNull(text, "text");
        }
    }

    /** What {@link #publish} made of an article: stored; or not, because of {@code other}. */
    record Claim(Kind kind, String other) {
        public enum Kind {
            STORED,
            /** Another article has this id: take the next one. */
            ID_TAKEN,
            /** An article with the same URL is kept already (as {@code other}). */
            SAME_URL
        }

        public static final Claim STORED = new Claim(Kind.STORED, "");
    }

    /**
     * Keeps an article unless its id is taken or one with the same {@code url} is kept ({@code url}
     * as the caller compares them; empty: none). Atomic: of two replicas publishing one URL, one
     * gets {@link Claim.Kind#STORED}.
     */
    Claim publish(String id, String url, String meta, String text);

    /** Up to {@code limit} articles stored after {@code seq}, in the order stored. */
    List<Stored> since(long seq, int limit);
}
