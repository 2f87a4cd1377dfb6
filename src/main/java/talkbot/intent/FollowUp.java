package talkbot.intent;

import java.util.Objects;

/**
 * How a message reads after the last exchange: as itself, as the whole question a follow-up
 * stands for ("and the US side?" after "who leads China's delegation?" is "who leads the US
 * delegation?"), or as a request about the last answer (its source, more of it, when or where it was).
 *
 * @param kind     which of these it is
 * @param question the question to answer: the message itself, the follow-up rewritten whole, or
 *                 the last question (for {@link Kind#MORE}, {@link Kind#ELSE}, {@link Kind#ASPECT})
 * @param aspect   for {@link Kind#ASPECT}, what it asks of the last answer ("when?"); else null
 */
public record FollowUp(Kind kind, String question, Intent aspect) {
    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(question, "question");
    }

    public enum Kind {
        /** Not a follow-up, or no exchange to follow: answered as it is. */
        STANDALONE,
        /** A follow-up read as the whole question it stands for. */
        REWRITTEN,
        /** "who else?": the last question again, without the answers already given. */
        ELSE,
        /** "tell me more": the last question again, from another sentence. */
        MORE,
        /** "source?": where the last answer comes from. */
        SOURCE,
        /** "when?", "where?", "why?": that aspect of what the last answer was about. */
        ASPECT,
        /** A pronoun with nobody to stand for: ask who is meant. */
        ASK_WHO
    }
}
