package talkbot.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import talkbot.model.ChatRef;

/**
 * The daily posts: one per chat and day, claimed before it is sent, so that it goes out once across
 * restarts and across every replica sharing the store. Thread-safe; every write atomic.
 */
public interface PostLedger {
    /**
     * Claims the post of {@code day}'s summary to {@code chat} before sending it: true for the one
     * caller that gets the claim, false when the day's post was already claimed or recorded (by
     * this process before a restart, or by another replica sharing the store). Atomic, so that two
     * callers can never both get it. A claim stays until {@link #recordPost} confirms it or
     * {@link #releasePost} gives it up.
     */
    boolean claimPost(ChatRef chat, LocalDate day, Instant at);

    /**
     * Gives up an unconfirmed claim after a send that definitely failed, so that it can be tried
     * again; does nothing to a recorded post.
     */
    void releasePost(ChatRef chat, LocalDate day);

    /**
     * Records that the summary for {@code day} was posted to {@code chat}, with the articles it
     * covered; confirms a claim, or records a post made without one (an operator's post-summary).
     */
    void recordPost(ChatRef chat, LocalDate day, Instant at, Set<String> articleIds);

    /** Whether the summary for {@code day} was posted (recorded) to {@code chat}; a bare claim is not. */
    boolean posted(ChatRef chat, LocalDate day);

    /** The articles covered by the last recorded post to {@code chat}, or empty when it never got one. */
    Optional<Set<String>> articlesInLastPost(ChatRef chat);
}
