package talkbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.index.SentenceReading;
import talkbot.reading.Figure;

/**
 * What a side promised, as against what it has done: "China's pledge … to buy 25 million tonnes"
 * against "Chinese buyers had contracted about 11.6 million tonnes by Aug. 14". A figure question
 * about what has been done so far ("how much soy has china actually bought so far") is not
 * answered by a figure a promise leads to (unless it names the promise: "what did they actually commit to").
 */
final class Pledges {
    /** What a figure led by a promise loses when what was done is asked. */
    static final double WEIGHT = 1.0;
    /** What the fit of a figure led by a promise is multiplied by when what was done is asked (a fit is capped at 1: a weight alone may not tell). */
    static final double DISCOUNT = 0.5;

    private Pledges() {}

    /** A question about what has been done by now: "so far", "to date", "actually", "already". */
    private static final Pattern ASKS_DONE = Pattern.compile("\\b(?:so far|to date|thus far|actually|already|until now|up to now)\\b");

    /** A question about a promise: "pledge", "promise", "commit", "vow", "target"; not "committee". */
    private static final Pattern ASKS_PLEDGE = Pattern.compile("\\b(?:pledg\\w*|promis\\w*|commit(?:s|ted|ting|ment|ments)?|vow(?:s|ed)?|targets?|goals?)\\b");

    /**
     * A promise shortly before a figure, in the same sentence: "pledge, made at an earlier round in
     * Geneva in April, to buy", "committed to buying", "a target of"; not the verb "target".
     */
    private static final Pattern LEADS = Pattern.compile(
            "(?i)\\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting|ment|ments)?|vow(?:s|ed|ing)?|(?:targets?|goals?)\\s+of)\\b");

    /** What was done between a promise and a figure: "Despite its pledge …, Turkey had bought only 800,000 tonnes". */
    private static final Pattern DONE_BETWEEN = Pattern.compile("(?i)\\b(?:had|has|have)\\s+(?:\\w+\\s+)?\\w+ed\\b|\\b(?:bought|purchased|imported|shipped|contracted)\\b");

    private static final int REACH = 90;

    /** Whether the question, folded, asks what has been done so far. */
    static boolean asksDone(String folded) {
        return ASKS_DONE.matcher(folded).find() && !ASKS_PLEDGE.matcher(folded).find();
    }

    /**
     * Whether a promise leads to the figure: a word of promising within {@link #REACH} characters
     * before it, with no other figure and nothing done between them.
     */
    static boolean leads(String sentence, SentenceReading r, Figure f) {
        int from = Math.max(0, f.start() - REACH);
        for (Figure other : r.figures()) {
            if (other.end() <= f.start() && other.end() > from) {
                from = other.end(); // "pledged to buy 2 million tonnes and had bought 800,000": the promise is the first figure's
            }
        }
        String lead = sentence.substring(from, f.start());
        Matcher m = LEADS.matcher(lead);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && !DONE_BETWEEN.matcher(lead.substring(last)).find();
    }
}
