package talkbot.intent;

import java.util.List;
import java.util.Set;
import talkbot.answer.Intent;
import talkbot.corpus.Entity;

/**
 * A question made ready for answering.
 *
 * @param text          the question as asked (cleaned of control characters)
 * @param corrected     the question with misspelt words corrected to corpus words
 * @param intent        what it asks for
 * @param terms         its content terms, analyzed as the index is (question words removed)
 * @param entities      the corpus entities it names
 * @param unknownWords  content words the corpus has never seen, even allowing for typos
 * @param unknownName   an unknown word that reads as a name ("Macron", "India's"): the corpus cannot
 *                      answer about it; null when there is none
 */
public record Question(
        String text,
        String corrected,
        Intent intent,
        List<String> terms,
        Set<Entity> entities,
        List<String> unknownWords,
        String unknownName) {
    public Question {
        terms = List.copyOf(terms);
        entities = Set.copyOf(entities);
        unknownWords = List.copyOf(unknownWords);
    }

    /** Nothing to search for: no content word and no entity. */
    public boolean empty() {
        return terms.isEmpty() && entities.isEmpty() && unknownWords.isEmpty();
    }
}
