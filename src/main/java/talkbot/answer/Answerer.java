package talkbot.answer;

/** The answering core as the adapters see it. Implementations are thread-safe. */
@FunctionalInterface
public interface Answerer {
    /** Answers one question; never throws for any input text, never returns null. */
    Answer answer(String question);
}
