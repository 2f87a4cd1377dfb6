package talkbot.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the words around a date speak of the future ("are set to resume on Monday") or not
 * ("met on Monday"): a bare weekday means the next such day in the first case and the last one in
 * the second. News reports what happened unless it says otherwise, so the default is the past.
 */
enum Tense {
    PAST, FUTURE;

    private static final Pattern FUTURE_WORDS = Pattern.compile(
            "(?i)\\b(?:will|won'?t|would(?!\\s+have)|shall|set to|due to|due on|scheduled|expected|plans? to|planned|planning|is to|are to"
                    + "|to be held|(?<!seem |seems |seemed |appear |appears |appeared )to be \\w+(?:ed|en) by|to meet|to resume|to start|to begin|upcoming|ahead of|deadline"
                    + "|(?:aims?|aiming|hopes?|hoping|intends?|intending|seeks?|seeking|targets?|targeting) to|target date|expires?|expiring|looming|runs? out|lapses"
                    + "|(?:runs|lasts|remains|stays|(?:is|are|remains|stays)\\s+(?:valid|in effect|in force|in place))\\s+(?:until|till|through))\\b");
    /** An aim or an agreement in the past tense looks ahead only to the day it was to be met by: "aimed to conclude a deal by Nov. 30". */
    private static final Pattern AIMED_BY = Pattern.compile("(?i)\\b(?:aimed|hoped|intended|sought|planned|pledged|promised|vowed) to\\b.*\\bby\\s+(?:the\\s+)?$"
            // an agreement's or an aim's day, within its clause: "with the aim of reaching a settlement by Sept. 30" (not "agreed to buy … and had shipped … by April 30")
            + "|\\b(?:(?:agreed|committed) to|with (?:the|an) (?:aim|goal|intention|view) (?:of|to))\\b(?:(?!\\band\\b)[^,;])*\\bby\\s+(?:the\\s+)?$");
    /** A verb in the past tense right before the date ("said on Friday", "met Tuesday"): what follows it does not make the day ahead. */
    private static final Pattern DONE_JUST_BEFORE = Pattern.compile(
            "(?i)\\b(?:[a-z]+ed|said|told|met|held|spoke|began|wrote|made|took|gave|sent|rose|fell|came|went|left)\\s+(?:on\\s+|late\\s+on\\s+|early\\s+on\\s+)?$");
    /**
     * After a verb in the past tense, a relative clause after the date says what a noun will do, not
     * when the day is: "moved closer on Thursday to a deal that would cut …" (but "negotiators return
     * to Geneva on Thursday for a round that is expected to be the last" is ahead).
     */
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(?:that|which|who)\\b");
    private static final Pattern PAST_VERB = Pattern.compile(
            "(?i)\\b(?:[a-z]+ed|said|told|met|held|spoke|began|wrote|made|took|gave|sent|rose|fell|came|went|left)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–(]|\\bwhile\\b|\\bwhereas\\b|\\bbut\\b");

    /** The tense of the clause of {@code text} that holds the position {@code at}. */
    static Tense around(String text, int at, int end) {
        int from = 0;
        var m = CLAUSE_BREAK.matcher(text);
        while (m.find() && m.end() <= at) {
            from = m.end();
        }
        int to = text.length();
        m = CLAUSE_BREAK.matcher(text);
        if (m.find(end)) {
            to = m.start();
        }
        String before = text.substring(from, Math.max(from, at));
        if (DONE_JUST_BEFORE.matcher(before).find() && !FUTURE_WORDS.matcher(before).find()) {
            return PAST; // "Trump said on Friday he had made progress toward a deal that would …": the saying is past
        }
        String after = text.substring(Math.min(end, Math.max(from, to)), Math.max(from, to));
        Matcher relative = RELATIVE.matcher(after);
        if (PAST_VERB.matcher(before).find() && relative.find()) {
            after = after.substring(0, relative.start()); // "moved closer on Thursday to a deal that would cut …": the deal's future, not the day's
        }
        return FUTURE_WORDS.matcher(before).find() || FUTURE_WORDS.matcher(text.substring(at, Math.min(end, text.length()))).find()
                || FUTURE_WORDS.matcher(after).find() || AIMED_BY.matcher(before).find() ? FUTURE : PAST;
    }
}
