package talkbot.answer;

import java.time.LocalDate;
import java.util.regex.Pattern;
import talkbot.corpus.Round;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.AnswerType;
import talkbot.intent.Question;

/**
 * What has happened: a question in the past tense about where or when a meeting took place
 * ("which days were the talks held") is not answered by what its report announces for later —
 * a day after the report that is not one of its own round's days, or a place in a clause that
 * announces a later meeting ("… will hold the next round in Singapore on Oct. 9-10"); nor, when it asks
 * when "they met", by the days of an earlier round its report recalls ({@link #recalled}).
 */
final class PastRound {
    private PastRound() {}

    private static final Pattern PAST = Pattern.compile("\\b(?:did|was|were|went|met|happened|took place)\\b");
    /** A meeting is what the question asks about; a measure that took effect after its report was announced by it. */
    private static final Pattern MEETING = Pattern.compile(
            "\\b(?:talks|meeting|meetings|met|meet|round|negotiations|session|sessions|summit|held|hosted|discussions|took place)\\b");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|would|going to|next|upcoming|again|scheduled|planned|plan|expected|due|later|follow-up|supposed|meant|set to|deadline)\\b|['’]ll\\b");

    /** Whether the question asks where or when a meeting took place: in the past tense, of no meeting to come, nor of when a measure starts. */
    static boolean asked(Question q) {
        if (!Ahead.asksWhereOrWhen(q) || q.type() == AnswerType.DATE && DateSpans.asksOnset(q)) {
            return false;
        }
        return PAST.matcher(Text.fold(q.corrected())).find() && asksMeeting(q);
    }

    /** Whether the question asks about a meeting, not one to come: "which days did they meet", "when were the talks". */
    static boolean asksMeeting(Question q) {
        String folded = Text.fold(q.corrected());
        return MEETING.matcher(folded).find() && !FUTURE.matcher(folded).find();
    }

    /**
     * Whether a date answer is of a meeting its report only recalls: days that end before its own
     * round's first ("a second round in Washington on March 23-24", in the report of the May round).
     */
    static boolean recalled(Span span, SentenceReading r, Round own) {
        if (own == null || span.at() < 0) {
            return false;
        }
        for (talkbot.time.DateMention d : r.dates()) {
            if (d.start() == span.at()) {
                return d.precision() == talkbot.time.DateMention.Precision.DAY && d.to() != null && d.to().isBefore(own.from());
            }
        }
        return false;
    }

    /**
     * Whether a date or place answer is of what its report announces for later: a date after the
     * report that is none of the days of the report's own round, if it has one (a report written before its round
     * still says when that round was), or a place in a clause that announces a later meeting.
     */
    static boolean announced(Question q, Span span, String sentence, SentenceReading r, LocalDate published, Round own) {
        if (q.type() == AnswerType.DATE) {
            return Ahead.datesAhead(span.text(), r, published, day -> own == null || day.isBefore(own.from()) || day.isAfter(own.to()));
        }
        int at = span.at() >= 0 ? span.at() : sentence.indexOf(span.text());
        if (at < 0) {
            return false;
        }
        var clause = r.clauses().get(r.clauseAt(at));
        return RoundFit.announces(sentence.substring(clause.start(), at));
    }
}
