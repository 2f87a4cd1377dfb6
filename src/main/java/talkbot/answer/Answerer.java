package talkbot.answer;

/** The answering core as the adapters see it. Implementations are thread-safe. */
@FunctionalInterface
public interface Answerer {
    /** Answers one question; never throws for any input text, never returns null. */
    Answer answer(String question);

    /**
     * Answers a message of a conversation: a follow-up is read with the last exchange (null when
     * there is none, or it is too old), and the answer's {@link Answer#question()} is the whole
     * question it answered, to remember as the next turn. Answers standalone by default.
     */
    default Answer answer(String question, Turn previous) {
        return answer(question);
    }
}
