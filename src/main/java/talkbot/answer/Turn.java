package talkbot.answer;

import java.util.Objects;

/**
 * The last exchange of a conversation, which a follow-up ("and the US side?", "what did she
 * say?", "when?") leans on.
 *
 * @param question the whole question that was answered (a follow-up already read as the question it stands for)
 * @param answer   what the bot said
 */
public record Turn(String question, Answer answer) {
    public Turn {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
