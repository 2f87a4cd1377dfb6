package talkbot.reading;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a sentence that opens with "He" or "She" (and a verb, not a name: "He Lifeng said")
 * to the person last named before it, so that a reply reads "He [Jamieson Greer] described the
 * weekend as productive" rather than leave the reader to guess.
 */
public final class Pronouns {
    private static final Pattern OPENING = Pattern.compile("^(He|She)\\s+(\\p{Ll}[\\p{L}'’]*)");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its");

    private Pronouns() {}

    public static boolean isPronoun(String word) {
        return PRONOUNS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The sentence with its opening pronoun followed by the person meant, in brackets; unchanged when it has none. */
    public static String resolveOpening(String sentence, List<String> earlierSentences, NameFinder names) {
        Matcher m = OPENING.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        String person = lastPerson(earlierSentences, names);
        if (person == null) {
            return sentence;
        }
        return sentence.substring(0, m.end(1)) + " [" + person + "]" + sentence.substring(m.end(1));
    }

    /** The person named last in the sentences before (the nearest first), or null. */
    public static String lastPerson(List<String> earlierSentences, NameFinder names) {
        for (int i = earlierSentences.size() - 1; i >= 0 && i >= earlierSentences.size() - 3; i--) {
            String s = earlierSentences.get(i);
            List<Name> found = names.find(Quotes.outside(s));
            // the subject of the sentence before is who "he" is most often: the first person it names
            for (Name n : found) {
                if (n.kind() == Name.Kind.PERSON) {
                    return n.text();
                }
            }
        }
        return null;
    }
}
