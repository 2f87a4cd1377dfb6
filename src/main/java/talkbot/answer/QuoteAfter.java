package talkbot.answer;

import java.util.regex.Pattern;

/**
 * A speaker's words going on right after a sentence that reports or quotes them: "Arbogast said the
 * delays were costing U.S. seed companies ... "Every season that these approvals sit in a drawer is
 * a season American farmers lose," she told reporters."; ""It's a good deal," von der Leyen said.
 * She acknowledged that the outcome was not ideal, adding: …". A question of what someone said is
 * answered by both.
 */
final class QuoteAfter {
    private QuoteAfter() {}

    /** A sentence that reports what someone said or thought. */
    private static final Pattern REPORTS = Pattern.compile(
            "(?i)\\b(?:" + PronounSpeakers.SPEECH_VERBS + "|described|complained)\\b");

    /** Quoted words that a pronoun attributes: '"We won that time today," she said.' */
    private static final Pattern QUOTED_BY_PRONOUN = Pattern.compile(
            "^[“\"][^“”\"]{12,}[”\"],?\\s+(?:he|she)\\s+(?:said|says|added|told|continued|noted|warned)\\b.*");

    /** Speech a pronoun opens: "She acknowledged that the outcome was not ideal, adding: …", "He said the delegation …". */
    private static final Pattern PRONOUN_SAYS = Pattern.compile(
            "^(?:He|She)\\s+(?:also\\s+)?(?:" + PronounSpeakers.SPEECH_VERBS + ")\\b.*");

    /** Words that give a reason or a side's case: what a why-question wants from the sentence after its answer's. */
    private static final Pattern REASON = Pattern.compile(
            "(?i)\\b(?:because|in response to|due to|as a result|meant to|aimed at|so that|in order to|citing|arguing|accusing|said|says"
                    + "|wants?|wanted|demand(?:s|ed)?|insist(?:s|ed)?|press(?:es|ed)|push(?:es|ed)|sought|seeks?|asked|refus(?:es|ed)"
                    + "|tied to|linked to|condition(?:s|ed)?|concerns?|worried|fear(?:s|ed)?)\\b");

    /**
     * Whether {@code next} goes on with the words of whoever {@code sentence} reports: its pronoun
     * stands for {@code speaker} (the person {@code next}'s pronoun refers to), whom {@code sentence} names.
     */
    static boolean follows(String sentence, String next, String speaker) {
        String n = next.strip();
        return speaker != null && names(sentence, speaker) && REPORTS.matcher(sentence).find()
                && (QUOTED_BY_PRONOUN.matcher(n).matches() || PRONOUN_SAYS.matcher(n).matches());
    }

    /** Whether {@code next} tells a reason: for a why-question whose sentence gave none. */
    static boolean givesReason(String next) {
        return REASON.matcher(next).find();
    }

    /** Whether the sentence names the person, by their whole name or their surname. */
    private static boolean names(String sentence, String person) {
        String[] parts = person.strip().split("\\s+");
        return sentence.contains(person) || sentence.contains(parts[parts.length - 1]);
    }
}
