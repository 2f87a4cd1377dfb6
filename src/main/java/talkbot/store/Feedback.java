package talkbot.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Votes on answers (👍 / 👎 in a chat), for whoever maintains the corpus. Only votes are kept: a
 * question reaches the store when someone votes on its answer, never otherwise. Each voter votes
 * once on each answer; votes are forgotten after the retention the caller gives. Thread-safe.
 */
public interface Feedback {

    /**
     * One vote.
     *
     * @param answerId    the answer voted on (an id the chat gave the answer when it showed the buttons)
     * @param voter       who voted, as a hash: enough to count one vote per person, not to find them
     * @param up          👍 when true, 👎 when false
     * @param question    the whole question the answer answered
     * @param shortAnswer the direct answer
     * @param reply       the reply as the bot wrote it
     * @param intent      what the question was routed to ("who", "when", …)
     * @param confidence  the answer's confidence
     * @param platform    where it was voted on ("telegram", "slack")
     * @param at          when
     */
    record Vote(String answerId, String voter, boolean up, String question, String shortAnswer, String reply,
            String intent, double confidence, String platform, Instant at) {
        public Vote {
            Objects.requireNonNull(answerId, "answerId");
            Objects.requireNonNull(voter, "voter");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(reply, "reply");
            Objects.requireNonNull(intent, "intent");
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Keeps a vote; false (and nothing kept) when this voter already voted on this answer. */
    boolean record(Vote vote);

    /** Every vote kept: the down-votes first, then the up-votes, the newest first within each. */
    List<Vote> votes();

    /** Forgets the votes cast before {@code before}; returns how many. */
    int forget(Instant before);
}
