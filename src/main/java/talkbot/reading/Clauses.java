package talkbot.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into its clauses — at commas, semicolons, colons, dashes and brackets, and
 * before "while", "whereas" and "but" — never inside a quotation: "A cut its tariff from 40% to 15%,
 * while B cut its own from 60% to 20%" is two clauses, and the question's words say which one
 * answers it. A comma or colon inside a figure ("100,000 cars", "at 12:01 a.m.") breaks nothing.
 */
public final class Clauses {
    /** A comma or colon between two digits is part of a figure ("100,000", "12:01"), not a break. */
    private static final Pattern BREAK = Pattern.compile("(?<!\\d)[,:]|[,:](?!\\d)|[;()]|\\s[—–]\\s|\\s-\\s|[—–]|\\s(?=(?:while|whereas|but)\\s)");

    private Clauses() {}

    /** A clause: where it starts and ends in the sentence. */
    public record Clause(int start, int end) {
        public boolean contains(int at) {
            return at >= start && at < end;
        }
    }

    public static List<Clause> of(String sentence) {
        boolean[] quoted = Quotes.insideQuotes(sentence);
        List<Clause> out = new ArrayList<>();
        int start = 0;
        Matcher m = BREAK.matcher(sentence);
        while (m.find()) {
            if (quoted[m.start()]) {
                continue;
            }
            if (m.start() > start) {
                out.add(trim(sentence, start, m.start()));
            }
            start = m.end();
        }
        if (start < sentence.length()) {
            out.add(trim(sentence, start, sentence.length()));
        }
        out.removeIf(c -> c.end() <= c.start());
        if (out.isEmpty()) {
            out.add(new Clause(0, sentence.length()));
        }
        return out;
    }

    /** What opens a relative clause, whose noun is in the clause before it: "Shares of Nike, which source …, rose 4%". */
    private static final Pattern RELATIVE = Pattern.compile("(?i)^(?:which|who|whose|whom)\\b");

    /** The words a clause may open with that are no predicate of an earlier subject. */
    private static final Pattern NOT_PREDICATE = Pattern.compile("^(?:and|or|but|nor|while|whereas|which|who|whose|whom|that|the|a|an|in|on|at"
            + "|to|for|from|with|without|by|as|of|after|before|since|until|according|including|despite|although|though|if|when|where"
            + "|its|their|his|her|it|they|he|she|we|this|these|those|not|up|down|about|around|roughly|nearly|some|all|both|each"
            + "|than|then|so|such|plus|against|over|under|between|among|per|via|mainly|mostly|especially|particularly"
            // what someone said is read with its speaker by the quotations' own rules, not as the subject's clause
            + "|said|says|told|tells|added|adds|noted|warned|argued|insisted|stressed|acknowledged|conceded|explained|wrote|called|described"
            + "|announced|confirmed|declined|stated|urged|reiterated|denied|vowed|pledged)\\b");

    /** A clause with a subject of its own that speaks: "officials said", "a spokesman confirmed". */
    private static final Pattern SPEECH_NEAR_START = Pattern.compile(
            "^(?:\\S+\\s+){0,3}(?:said|says|told|added|noted|announced|confirmed|declined|stated|urged|reiterated|denied|vowed|pledged)\\b");

    /**
     * The clause whose subject clause {@code i} goes on from, past a relative clause — "Shares of
     * Nike and Lululemon" for "rose about 4% in New York" in "Shares of Nike and Lululemon, which
     * source much of their footwear from Vietnam, rose about 4% in New York" — or -1 when clause
     * {@code i} opens with no predicate of an earlier subject. An agent after an aside goes on from the passive clause
     * before the aside: "by Vice Premier Zhou" in "China's delegation was led, as in every previous round, by Vice Premier Zhou".
     */
    public static int subjectOf(String sentence, List<Clause> clauses, int i) {
        if (i < 2) {
            return -1;
        }
        Clause c = clauses.get(i);
        String text = sentence.substring(c.start(), c.end());
        if (AGENT.matcher(text).find() && ASIDE.matcher(text(sentence, clauses.get(i - 1))).find()
                && PASSIVE_END.matcher(text(sentence, clauses.get(i - 2))).find()) {
            return i - 2; // "China's delegation was led, as in every previous round, by Vice Premier Zhou"
        }
        if (text.isEmpty() || !Character.isLowerCase(text.charAt(0)) || NOT_PREDICATE.matcher(text).find() || SPEECH_NEAR_START.matcher(text).find()) {
            return -1;
        }
        Clause relative = clauses.get(i - 1);
        return RELATIVE.matcher(sentence.substring(relative.start(), relative.end())).find() ? i - 2 : -1;
    }

    private static String text(String sentence, Clause c) {
        return sentence.substring(c.start(), c.end());
    }

    /** A clause that names who did what the passive clause before an aside says: "by Vice Premier Zhou Lianfeng". */
    private static final Pattern AGENT = Pattern.compile(
            "^by\\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?(?:\\s|$))\\p{Lu}"); // not "by June 30"
    /** An aside between a passive verb and its agent: "as in every previous round", "once again", "for the first time". */
    private static final Pattern ASIDE = Pattern.compile("^(?:as|like|once|again|for|this|in|at|unusually)\\b");
    /** A clause that ends in a passive verb: "China's delegation was led", "the talks were hosted". */
    private static final Pattern PASSIVE_END = Pattern.compile("\\b(?:was|were|is|are|been|be)\\s+(?:\\w+\\s+)?(?:\\w+ed|led|held|run|won|made|taken|given)$");

    private static Clause trim(String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '.')) {
            end--;
        }
        return new Clause(start, end);
    }
}
