package talkbot.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A yes/no question is answered by the clause that answers it, led — short answer and reply — by
 * "No." when that clause denies ("did manila and washington reach a deal on electronics" — "talks ended without a
 * deal on electronics"). Nothing is claimed when the clause does not deny: a clause that merely
 * mentions what was asked is no "yes".
 */
final class YesNo {
    private static final Pattern DENIES = Pattern.compile(
            "(?i)\\b(?:no|not|never|neither|nor|without|failed|fails|fail to|refused|declined|rejected|ruled out|cannot|unresolved|stalled"
                    + "|deadlock|deadlocked|impasse|split over|split on|rift|fell short|falls short|stopped short)\\b|n[’']t\\b");

    /** What leads the short answer and the reply when the answering clause denies. */
    static final String NO = Answer.DENIED + " ";

    private YesNo() {}

    /** Whether the clause that answers a yes/no question denies ("ended without a deal", "is not legally binding"). */
    static boolean denies(String clause) {
        Matcher m = DENIES.matcher(clause);
        while (m.find()) {
            if (!SETTLED_BEFORE.matcher(clause.substring(Math.max(0, m.start() - 30), m.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Words that settle what follows them: "ends a months-long rift", "broke the deadlock", "revive stalled talks". */
    private static final Pattern SETTLED_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:end|ends|ended|ending)(?:\\s+\\S+){1,3}" // "ends a months-long rift", but "talks ended without a deal" denies
                    + "|\\b(?:break|breaks|broke|broken|resolve|resolves|resolved|heal|heals|healed|revive|revives|revived"
                    + "|settle|settles|settled|overcome|overcame)\\b(?:\\s+\\S+){0,3})\\s*$");
}
