package talkbot.answer;

import java.util.Objects;

/**
 * One of the questions an ambiguous question may mean, for a chat to offer as a button or a
 * numbered choice: "the talks in Geneva (May 2025)" standing for "where were the talks in Geneva?".
 *
 * @param label    what the user is shown
 * @param question the whole question that choice asks
 */
public record Choice(String label, String question) {
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(question, "question");
    }
}
