package talkbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.intent.Question;
import talkbot.intent.Scope;
import talkbot.corpus.Text;
import talkbot.lexicon.Ordinals;

/**
 * The rounds a sentence tells of by their number, and the number a question asks for: in "The first round, in Brussels
 * in late January, broke up without agreement, and a second round in Washington on March 23-24 produced only a
 * framework", "late January" is the first round's and "March 23-24" the second's. A timeline writes the time before the
 * number ("July 17-18 - First round held in Washington"), and the time is that number's.
 */
final class NumberedRounds {
    private NumberedRounds() {}

    private static final String NUMBERS = Ordinals.alternation();
    /**
     * A round told of by its number, followed by where or when: "The first round, in", "a second round in"; or by its number
     * alone, set off by a comma ("the second, in Kuala Lumpur"), not "by a third in May" or "spoke first on Thursday".
     */
    private static final Pattern TOLD = Pattern.compile("(?i)\\b(" + NUMBERS + "|opening|initial|inaugural)"
            + "(?:\\s+(?:formal\\s+|full\\s+)?(?:round|session|meeting)s?(?:\\s+of\\s+(?:the\\s+)?(?:talks|negotiations))?,?"
            + "\\s+(?:(?:was\\s+)?(?:held|hosted|took place|opened|began|convened)\\s+)?(?:in|at|on)|,\\s+(?:in|at))\\b");
    /** A round asked for by its number: "the first round", "the 2nd meeting". */
    private static final Pattern ASKED = Pattern.compile(
            "\\b(" + NUMBERS + ")\\s+(?:round|rounds|session|meeting|talks|negotiations)\\b");
    /** Between a timeline's time and the round it dates: "July 17-18 - ", "March 9: the ". */
    private static final Pattern TIMELINE_GAP = Pattern.compile("(?i)\\s*[-–—:]\\s*(?:(?:a|an|the)\\s+)?");

    /** The number of the round the question asks for (1 for "the first round" or "the opening session"), or 0. */
    static int asked(Question q) {
        Matcher m = ASKED.matcher(Text.fold(q.corrected()));
        if (m.find()) {
            return number(m.group(1));
        }
        return q.scope().order() == Scope.Order.FIRST ? 1 : 0;
    }

    /** Whether the sentence tells of a round by its number. */
    static boolean tells(String sentence) {
        return TOLD.matcher(sentence).find();
    }

    /**
     * The number of the round whose part of the sentence holds the text from {@code start} to {@code end}: the number told
     * last before it, or the one a timeline's time stands right before; 0 when the sentence tells of none there.
     */
    static int at(String sentence, int start, int end) {
        Matcher m = TOLD.matcher(sentence);
        int number = 0;
        while (m.find()) {
            if (m.start() >= end) {
                if (TIMELINE_GAP.matcher(sentence.substring(end, m.start())).matches()) {
                    return number(m.group(1)); // "July 17-18 - First round held in Washington"
                }
                break;
            }
            number = number(m.group(1));
        }
        return number;
    }

    private static int number(String word) {
        return switch (word.toLowerCase(java.util.Locale.ROOT)) {
            case "opening", "initial", "inaugural" -> 1;
            default -> Ordinals.value(word);
        };
    }
}
