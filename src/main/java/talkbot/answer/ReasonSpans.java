package talkbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.Question;
import talkbot.reading.Clauses.Clause;

/**
 * The reason a sentence gives for what a why-question asks about: the part a causal word opens
 * ("because …", "since Brazil dominates …", "citing …", ", saying Britain was still facing higher
 * tariffs"), from the clause that holds the question's focus or the one after it. A sentence that
 * only restates what was done gives none, and its clause answers as before.
 */
final class ReasonSpans {
    private ReasonSpans() {}

    /** A question that asks for a reason in so many words: not "what does china want", which the same intent reads. */
    private static final Pattern ASKS_WHY = Pattern.compile(
            "\\b(?:why|how come|what (?:is|was|are|were) the reasons?|for what reason|what (?:made|led|prompted|caused))\\b");

    /**
     * Words that open a reason or a purpose. Not "since" (mostly a time: "since his April tariffs"),
     * not "due to" a verb ("due to take effect").
     */
    private static final Pattern OPENS_REASON = Pattern.compile("\\b(?:because(?:\\s+of)?|owing\\s+to|as\\s+a\\s+result\\s+of"
            + "|due\\s+to\\s+(?=(?:the|a|an|its|their|his|her|this|these|those|what|concerns?|fears?|\\w+(?:ing|ion|ions|ity|ment|ments|ness|ure|ures))\\b)"
            + "|in\\s+retaliation\\s+(?:for|against)|in\\s+response\\s+to|on\\s+the\\s+grounds\\s+that|given\\s+that|for\\s+fear"
            + "|in\\s+order\\s+to|so\\s+that|citing|saying|arguing|over\\s+what)\\b");

    /** The reason the sentence gives for its focus clause, or null. */
    static Span reason(Question q, String sentence, SentenceReading r, double[] at) {
        if (at.length == 0 || !ASKS_WHY.matcher(Text.fold(q.corrected())).find()) {
            return null;
        }
        int focus = 0;
        for (int i = 1; i < at.length; i++) {
            if (at[i] > at[focus]) {
                focus = i;
            }
        }
        Clause from = r.clauses().get(focus);
        int end = focus + 1 < r.clauses().size() ? r.clauses().get(focus + 1).end() : from.end();
        Matcher m = OPENS_REASON.matcher(sentence).region(from.start(), end);
        if (!m.find()) {
            return null;
        }
        Clause opened = r.clauses().get(Math.max(focus, r.clauseAt(m.start())));
        int stop = Math.max(opened.end(), m.end());
        String text = sentence.substring(m.start(), stop).strip().replaceAll("[,;:.]+$", "");
        if (Spans.words(text) < 3) {
            return null;
        }
        return new Span(Spans.capitalise(Text.clip(text, Answer.SHORT_LIMIT)), Spans.fitOf(at, focus), m.start());
    }
}
