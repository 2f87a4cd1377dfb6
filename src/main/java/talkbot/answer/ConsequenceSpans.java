package talkbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.index.SentenceReading;
import talkbot.intent.Question;

/**
 * What a sentence says follows if something happens, for "what happens if they miss the
 * deadline": the main clause of a condition ("If the text is not completed by then, an additional
 * 24 percentage points … could snap back"; "… the pact moves to annual reviews if any of the three
 * does not confirm") or what comes "after which" ("a deadline of March 1 …, after which the
 * suspended textile tariff could be reinstated").
 */
final class ConsequenceSpans {
    private ConsequenceSpans() {}

    /** "If …, " opening a sentence: the consequence is what follows its comma. */
    private static final Pattern OPENING_IF = Pattern.compile("^(?:But\\s+|And\\s+)?(?:If|Unless|Should)\\b.{3,200}?,\\s++(?!\\d{4}\\b)");
    /** "… after which …", "… or else …", "… otherwise …": the consequence is what follows. */
    private static final Pattern AFTER_WHICH = Pattern.compile("\\b(?:after which|failing which|failing that|or else|otherwise)\\b,?\\s*");
    /** "…, if …" / "… unless …" after a main clause: the consequence is what comes before. */
    private static final Pattern LATER_IF = Pattern.compile(",?\\s+(?<!\\b(?:even|only|as)\\s)\\b(?:if|unless)\\b\\s+");
    /** Words that make a main clause a consequence: it says what would or could come. */
    private static final Pattern MODAL = Pattern.compile("\\b(?:would|could|will|may|might|can|moves?|expires?|lapses?|ends?|snaps?|reverts?|rises?|falls?)\\b");

    /** What follows the sentence's condition, or null when the question asks no "what happens if" or the sentence sets none. */
    static Span consequence(Question q, String sentence, SentenceReading r) {
        if (!q.shape().asksConsequence()) {
            return null;
        }
        String text = null;
        Matcher m = OPENING_IF.matcher(sentence);
        if (m.lookingAt()) {
            text = sentence.substring(m.end());
        } else if ((m = AFTER_WHICH.matcher(sentence)).find()) {
            text = sentence.substring(m.end());
        } else if ((m = LATER_IF.matcher(sentence)).find() && m.start() > 0) {
            text = sentence.substring(0, m.start());
        }
        if (text == null || !MODAL.matcher(text).find()) {
            return null;
        }
        return Spans.clause(text, 1.0, sentence::indexOf);
    }
}
