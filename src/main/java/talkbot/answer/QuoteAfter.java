package talkbot.answer;

import java.util.regex.Pattern;

/**
 * A speaker's words in quotation marks right after a sentence that reports them: "Arbogast said the
 * delays were costing U.S. seed companies ... "Every season that these approvals sit in a drawer is
 * a season American farmers lose," she told reporters." A question of what someone said is
 * answered by both: the reported speech, and the words themselves.
 */
final class QuoteAfter {
    private QuoteAfter() {}

    /** A sentence that reports what someone said, thought or called something. */
    private static final Pattern REPORTS = Pattern.compile(
            "(?i)\\b(?:said|says|told|added|warned|argued|called|described|insisted|noted|stressed|acknowledged|complained|conceded)\\b");

    /** A sentence of quoted words that a pronoun attributes: '"We won that time today," she said.' */
    private static final Pattern QUOTED_BY_PRONOUN = Pattern.compile(
            "^[“\"][^“”\"]{12,}[”\"],?\\s+(?:he|she|they)\\s+(?:said|says|added|told|continued|noted|warned)\\b.*");

    /** Whether {@code next} goes on with the quoted words of whoever {@code sentence} reports. */
    static boolean follows(String sentence, String next) {
        return REPORTS.matcher(sentence).find() && !sentence.contains("“") && !sentence.contains("\"")
                && QUOTED_BY_PRONOUN.matcher(next.strip()).matches();
    }
}
