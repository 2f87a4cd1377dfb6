package talkbot.corpus;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of structured fact. Each fact has a subject and a value; a question that names one
 * is answered with the other (who leads China's delegation → He Lifeng; which delegation is He
 * Lifeng in → China).
 */
public enum FactKind {
    /** subject: a side (China); value: a member of its delegation; {@code lead} marks its leader. */
    MEMBER,
    /** subject: a person or party; value: their title or role ("Treasury Secretary"). */
    ROLE,
    /** subject: an event ("the trade talks"); value: a place. */
    PLACE,
    /** subject: an event; value: a day, date or month. */
    TIME,
    /** subject: what is measured; value: the figure ("145%"). */
    FIGURE,
    /** subject: the speaker; value: the words quoted; {@code context}: where they said it. */
    QUOTE,
    /** subject: a point of contention ("the key sticking point"); value: what it is. */
    ISSUE,
    /** subject: a party; value: what it wants or pushes for. */
    WANT,
    /** subject: a topic (rare earths, the green channel); value: what the article says of it. */
    TOPIC,
    /** subject: something that happened or was agreed; value: what. */
    EVENT;

    public static Optional<FactKind> parse(String s) {
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
