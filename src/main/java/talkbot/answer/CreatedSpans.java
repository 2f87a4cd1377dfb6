package talkbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.Question;

/**
 * What a sentence says was set up, for "what did they set up", "what new body did they agree to
 * create": the thing the verb of setting up takes ("… agreed to set up a joint monitoring group to
 * share data …" is "a joint monitoring group"; "… set up a working group on export controls that
 * laid …" is "a working group on export controls").
 */
final class CreatedSpans {
    private CreatedSpans() {}

    /** A question about what was set up (the question reader reads "set up" as "establish"). */
    private static final Pattern ASKS = Pattern.compile(
            "^(?:so\\s+)?(?:what|which)\\b.*\\b(?:establish|establishe[sd]|establishing|creat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|formed)\\b");
    /** The verb of setting up in a sentence and the thing it takes, which opens with a determiner: "set up a panel", "created the fund". */
    private static final Pattern VERB = Pattern.compile(
            "(?i)\\b(?:set(?:s|ting)?\\s+up|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|launch(?:es|ed|ing)?|form(?:s|ed|ing)?)\\s+"
                    + "(?=(?:a|an|the|its|their|two|three|several|new|joint)\\s)");
    /**
     * Where the thing set up ends: what it is for, who leads it, where or when it was set up; a
     * comma or full stop, but not one inside a figure ("$1.5 billion", "1,000") or an abbreviation ("U.S.").
     */
    private static final Pattern END = Pattern.compile(
            "\\s+(?i:to|that|which|who|whose|while|as|after|before|at|by|under|with|in|and|but|from|for|during|since|until|led|chaired|headed"
                    + "|will|would|could|last|this|next|earlier|later|recently|on\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\\b"
                    + "|\\s*[;:()\\[\\]—–]|,(?!\\d)|(?<!\\b\\p{Lu})\\.(?!\\d)|$");
    /** A determiner alone names nothing. */
    private static final Pattern DETERMINER = Pattern.compile("(?i)(?:a|an|the|its|their|new)");
    /** The most words a thing set up is named by. */
    private static final int MAX_WORDS = 10;

    /** Whether the question asks what was set up. */
    static boolean asks(Question q) {
        return ASKS.matcher(Text.fold(q.corrected())).find();
    }

    /** The thing the sentence says was set up, in the clause that fits the question best; null when it says none. */
    static Span created(Question q, String sentence, SentenceReading r, double[] at) {
        if (!asks(q)) {
            return null;
        }
        Span best = null;
        Matcher verb = VERB.matcher(sentence);
        while (verb.find()) {
            Matcher end = END.matcher(sentence).region(verb.end(), sentence.length());
            if (!end.find()) {
                continue;
            }
            String thing = sentence.substring(verb.end(), end.start()).strip();
            int words = Spans.words(thing);
            if (words == 0 || words > MAX_WORDS || DETERMINER.matcher(thing).matches()) {
                continue;
            }
            Span s = new Span(Spans.capitalise(thing), Spans.fitOf(at, r.clauseAt(verb.start())), verb.end());
            if (best == null || s.fit() > best.fit()) {
                best = s;
            }
        }
        return best;
    }
}
