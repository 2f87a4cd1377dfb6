package talkbot.answer;

import java.time.LocalDate;
import java.util.regex.Pattern;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.AnswerType;
import talkbot.intent.Question;
import talkbot.time.DateMention;

/**
 * What comes next: a question that asks where or when the talks go on ("where is the next round",
 * "when will they meet again") is answered by a sentence that speaks of what lies ahead of its
 * report — in the future tense, a plan, or a date after the report — not by a past round the
 * sentence recalls ("a series that began in Geneva in May 2025").
 */
final class Ahead {
    private Ahead() {}

    private static final Pattern ASKS = Pattern.compile("\\b(?:next|upcoming|again)\\b");
    /** "where did they meet next", "what was the next step": asked of the past, any round answers. */
    private static final Pattern ASKED_OF_THE_PAST = Pattern.compile(
            "\\b(?:did|was|were|had|went|met|held|hosted|took|happened)\\b");
    private static final Pattern SAYS = Pattern.compile(
            "\\b(?:will|would|plans?|planned|expected|due|scheduled|upcoming|later this|set to|to meet|to hold|to resume)\\b|['’]ll\\b");

    /** Whether the question asks where or when the talks go on from now. */
    static boolean asked(Question q) {
        if (!asksWhereOrWhen(q)) {
            return false;
        }
        String folded = Text.fold(q.corrected());
        return ASKS.matcher(folded).find() && !ASKED_OF_THE_PAST.matcher(folded).find();
    }

    /** Whether the question asks for a date or a place. */
    static boolean asksWhereOrWhen(Question q) {
        return q.type() == AnswerType.DATE || q.type() == AnswerType.PLACE || q.type() == AnswerType.CITY
                || q.type() == AnswerType.VENUE || q.type() == AnswerType.COUNTRY;
    }

    /**
     * Whether a date answer says a day after the one the article was reported: "when do they meet
     * next" is not answered by the day the round ended, though its sentence says the truce "expires
     * next month".
     */
    static boolean datesAhead(String span, SentenceReading r, LocalDate published) {
        return datesAhead(span, r, published, day -> true);
    }

    /** Whether a date answer says a day after the one the article was reported that {@code counts}. */
    static boolean datesAhead(String span, SentenceReading r, LocalDate published, java.util.function.Predicate<LocalDate> counts) {
        for (DateMention d : r.dates()) {
            LocalDate day = d.from() == null ? null : Replies.daySaid(span, d);
            if (day != null && day.isAfter(published) && counts.test(day)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence speaks of what lies ahead of the day it was reported. */
    static boolean said(String sentence, SentenceReading r, LocalDate published) {
        if (SAYS.matcher(Text.fold(sentence)).find()) {
            return true;
        }
        for (DateMention d : r.dates()) {
            if (d.from() != null && d.from().isAfter(published)) {
                return true;
            }
        }
        return false;
    }
}
