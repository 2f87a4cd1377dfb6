package talkbot.answer;

import java.util.regex.Pattern;

/**
 * What a side asked for, as against what was agreed: "Washington had pushed for 40,000 tonnes",
 * "the EU had sought 5 million". A figure question that asks what someone wanted ("how much was
 * Brussels asking for", "what % did Washington originally want") is answered by a figure such words
 * lead to; any other figure question is not.
 */
final class Demands {
    /** What a figure led by a demand gains when one is asked for, and loses when not. */
    static final double ASKED = 0.3;

    private Demands() {}

    /** A question asking what someone wanted: "asking for", "originally want"; not "want to buy" (what they mean to do), nor the noun "demand". */
    private static final Pattern ASKS = Pattern.compile(
            "\\b(?:ask(?:s|ed|ing)?|push(?:es|ed|ing)?|press(?:es|ed|ing)?)\\s+for\\b" // not "call for": what a deal calls for is agreed
                    + "|\\b(?:wants?|wanted|wanting|demanded|demanding|seek(?:s|ing)?|sought|requested|requesting)\\b(?!\\s+to\\b)");

    /** Words of asking for something, anywhere in a sentence. */
    private static final Pattern SAYS = Pattern.compile(
            "(?i)\\b(?:push(?:es|ed|ing)?|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|seek(?:s|ing)?|sought|demand(?:s|ed|ing)?|wants?|wanted|wanting"
                    + "|propos(?:e|es|ed|ing|al|als)|request(?:s|ed|ing)?|call(?:s|ed|ing)? for|insist(?:s|ed|ing)?)\\b");

    /**
     * A demand right before a figure: "had pushed for", "pressed for the full", "had sought", "proposed a quota of just";
     * not "pushed the Nasdaq down", "pressing ahead with its", "pushed back against the", "the so-called".
     */
    private static final Pattern LEADS = Pattern.compile(
            "(?i)(?<![\\w-])(?:(?:(?:pushed|pushing|pressed|pressing|asked|asking|called|calling)\\s+for"
                    + "|sought|seeking|demanded|demanding|wanted|wanting|proposed|proposing|requested|requesting)"
                    + "(?:\\s+(?!(?:ahead|back|about|up|down|to|that|whether|if)\\b)[\\w'’-]+){0,4}"
                    // "asked Washington to remove 14", "pressed Beijing to commit to buying $20 billion": a party asked to do it
                    + "|(?:asked|pressed|pushed|urged)\\s+(?-i:(?:the\\s+)?[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)?)\\s+to\\s+\\w+(?:\\s+[\\w'’-]+){0,3})"
                    + "\\s+(?:\\$|€|£)?$");

    private static final int REACH = 40;

    /** Whether the question, folded, asks what someone wanted. */
    static boolean asked(String folded) {
        return ASKS.matcher(folded).find();
    }

    /** Whether the sentence speaks of anyone asking for anything. */
    static boolean said(String sentence) {
        return SAYS.matcher(sentence).find();
    }

    /** Whether the words right before the figure starting at {@code start} ask for it. */
    static boolean leads(String sentence, int start) {
        return LEADS.matcher(sentence.substring(Math.max(0, start - REACH), start)).find();
    }
}
