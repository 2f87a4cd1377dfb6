package talkbot.intent;

import talkbot.corpus.Text;

import java.util.List;
import java.util.Set;
import talkbot.corpus.Entity;

/**
 * A question made ready for answering.
 *
 * @param text          the question as asked (cleaned of control characters)
 * @param corrected     the question with misspelt words corrected to corpus words
 * @param intent        what it asks for
 * @param terms         its content terms, analyzed as the index is (question words removed)
 * @param entities      the corpus entities it names, in the order it names them
 * @param unknownWords  content words the corpus has never seen, even allowing for typos
 * @param unknownName   an unknown word that reads as a name ("Macron", "India's"): the corpus cannot
 *                      answer about it; null when there is none
 * @param guessedTerms  terms that come from spelling corrections: they count for less, since a
 *                      correction may be wrong ("price" is not "prime")
 * @param nameTerms     terms that come from the entities' names
 * @param focusTerm     for an open question ("what is the US tariff on ..."), the term of what it asks
 *                      about ("tariff"), which an answer must hold; null when there is none
 * @param shape         what its answer looks like: a person, a venue, a figure in some unit ...
 * @param scope         which round it is about, when it says
 * @param pronoun       it names someone only by a pronoun ("what did he say?"), which is never read as a name
 */
public record Question(
        String text,
        String corrected,
        Intent intent,
        List<String> terms,
        List<Entity> entities,
        List<String> unknownWords,
        String unknownName,
        Set<String> guessedTerms,
        Set<String> nameTerms,
        String focusTerm,
        QuestionShape shape,
        Scope scope,
        boolean pronoun) {
    public Question {
        guessedTerms = Set.copyOf(guessedTerms);
        nameTerms = Set.copyOf(nameTerms);
        terms = List.copyOf(terms);
        entities = List.copyOf(entities);
        unknownWords = List.copyOf(unknownWords);
        java.util.Objects.requireNonNull(shape, "shape");
        java.util.Objects.requireNonNull(scope, "scope");
    }

    /** The same question asking for another aspect of what it is about: "when?" after "who led the talks in Geneva?". */
    public Question reshaped(Intent aspect) {
        String word = switch (aspect) {
            case WHEN -> "when";
            case WHERE -> "where";
            case WHY -> "why";
            case WHO -> "who";
            default -> "how much";
        };
        return reshaped(aspect, word);
    }

    /** The second thing the question asks for, read from its own words: "… and where does she work" asks for an organisation. */
    public Question also() {
        if (shape.also() == null) {
            return null;
        }
        String asked = QuestionShape.alsoAsked(Text.fold(corrected));
        return asked.isEmpty() ? reshaped(shape.also()) : reshaped(shape.also(), asked);
    }

    private Question reshaped(Intent aspect, String asked) {
        QuestionShape s = QuestionShape.of(aspect, asked, false);
        return new Question(text, corrected, aspect, terms, entities, unknownWords, unknownName, guessedTerms, nameTerms, null, s,
                scope, pronoun);
    }

    public AnswerType type() {
        return shape.type();
    }

    /** Whether the question names an entity of this kind ("us tariff on chinese goods now?" names a country). */
    public boolean names(Entity.EntityType kind) {
        return entities.stream().anyMatch(e -> e.type() == kind);
    }

    /** Nothing to search for: no content word and no entity. */
    public boolean empty() {
        return terms.isEmpty() && entities.isEmpty() && unknownWords.isEmpty();
    }
}
