package talkbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.index.SentenceReading;
import talkbot.intent.Question;
import talkbot.reading.Clauses.Clause;

/**
 * The reason a sentence gives for what a why-question asks about: the part a causal word opens
 * ("because …", "citing …", ", saying Britain was still facing higher tariffs", "over what it says
 * is …"), in the clause that holds the question's focus or the one after it, or opening the
 * sentence ("Citing national security, …"). A sentence that only restates what was done gives
 * none, and its clause answers as before.
 */
final class ReasonSpans {
    private ReasonSpans() {}

    /** What follows "due to" when it says when, not why: "due to take effect", "due to meet". */
    private static final String SCHEDULED = "(?:take|come|start|begin|resume|meet|expire|end|be|sign|arrive|bring|hold|open|close"
            + "|run|return|visit|travel|announce|release|publish|report|vote|conclude|finish|launch|enter|go|become|remain|leave"
            + "|speak|appear|present|decide|rule|issue|deliver|receive|pay|lapse|apply|reopen|reconvene|secure|ensure)";

    /**
     * Words that open a reason or a purpose, in any case. Not "since" (mostly a time: "since his
     * April tariffs"), not "due to" a schedule, not "citing" a source ("citing customs data").
     */
    private static final Pattern OPENS_REASON = Pattern.compile("(?i)\\b(?:because(?:\\s+of)?|owing\\s+to|as\\s+a\\s+result\\s+of"
            + "|due\\s+to\\s+(?!" + SCHEDULED + "\\b)"
            + "|in\\s+retaliation\\s+(?:for|against)|in\\s+response\\s+to|on\\s+the\\s+grounds\\s+that|given\\s+that|for\\s+fear"
            + "|in\\s+order\\s+to|so\\s+that|saying|arguing|over\\s+what"
            + "|citing\\s+(?!(?:\\w+\\s+)?(?:data|figures|statistics|sources|people|officials|a\\s+person|a\\s+source|reports?)\\b))");

    /** What a source says of going unnamed, right before the reason it gives for it. */
    private static final Pattern UNNAMED_SOURCE = Pattern.compile(
            "(?i)\\b(?:anonymity|not\\s+to\\s+be\\s+(?:named|identified)|(?:was|were|is|are)\\s+not\\s+(?:authori[sz]ed|allowed|permitted)"
                    + "\\s+to\\s+(?:speak|comment)(?:\\s+publicly)?|declined\\s+to\\s+be\\s+(?:named|identified))(?:\\s+(?:to|with)\\s+(?:the\\s+)?\\w+)?[\\s,]*$");

    /** The reason the sentence gives for its focus clause, or null. */
    static Span reason(Question q, String sentence, SentenceReading r, double[] at) {
        if (at.length == 0 || !q.shape().asksWhy()) { // "what does china want" asks for no reason
            return null;
        }
        int focus = Spans.best(at);
        Clause from = r.clauses().get(focus);
        Matcher m = OPENS_REASON.matcher(sentence);
        boolean found = m.region(0, r.clauses().get(0).end()).lookingAt(); // "Citing national security, Commerce added …"
        if (!found) {
            int end = focus + 1 < r.clauses().size() ? r.clauses().get(focus + 1).end() : from.end();
            m = OPENS_REASON.matcher(sentence).region(from.start(), end);
            while (!found && m.find()) {
                // a causal word in a quotation is the speaker's, not the reason reported; nor is the reason a source gives for
                // going unnamed ("who spoke on condition of anonymity because the negotiations are private")
                found = !Spans.quoted(r, m.start(), m.start()) && !UNNAMED_SOURCE.matcher(sentence.substring(0, m.start())).find();
            }
        }
        if (!found) {
            return null;
        }
        Clause opened = r.clauses().get(Math.max(0, r.clauseAt(m.start())));
        int stop = Math.max(opened.end(), m.end());
        int start = m.start();
        return Spans.clause(sentence.substring(start, stop), Spans.fitOf(at, focus), text -> start);
    }
}
