package talkbot.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import talkbot.corpus.Round;
import talkbot.corpus.Text;
import talkbot.index.Vocabulary;
import talkbot.intent.AnswerType;
import talkbot.time.DateFormat;

/**
 * The answers of two rounds to a question that names none, side by side and each labelled by its
 * round ("Maison Lambermont (Brussels, September 2026); Lindqvist House (Stockholm, November
 * 2026)"): when reports of different rounds answer "which building were the talks held in?"
 * differently and about equally well, whoever cannot ask back which round is meant (the command
 * line, a reader of one reply) reads each round's answer rather than a guess. The chosen answer
 * comes first, and only typed answers are listed. Only a person, a body or a place is listed, and
 * the days of a meeting — the next round, which each report announces for its own talks, or the
 * round itself ("what days did they meet") — which are one thing per round: a figure, another
 * day, a quotation, a reason or a yes/no answer is one round's, with the rounds offered as choices.
 */
final class RoundAnswers {
    /**
     * The most rounds listed: the two or three a question that names none may mean (a group who follow two or three
     * negotiations at once asks of "the talks"), not a list of the corpus; and only while they fit {@link Answer#SHORT_LIMIT}.
     */
    static final int MOST = 3;
    static final String SEPARATOR = "; ";
    /** What leads the reply of a question in the past tense, which may mean any of the rounds listed. */
    static String differs(int rounds) {
        return (rounds == 2 ? "Two" : "Three") + " rounds answer this: ";
    }
    /** What follows the newest answer to a question about now: another round's answer. */
    static final String OTHER = ". Another round: ";

    /**
     * What is listed: who and where, and the name of a body ("which think tank was the analyst from",
     * "which news agency quoted xi"), which two reports of different rounds rarely give for different
     * things; not a name in quotation marks, often a different phrase at each round. A figure or a day
     * is not: two reports' figures are as often of two different things (a tariff and a trade value,
     * the rate within a quota and above it) as of one thing at two rounds.
     * The days of a meeting are the exception ({@code nextRound} and {@code meetingDays} in {@link
     * #list}): each report tells of its own round's, and announces its own next one.
     */
    private static final Set<AnswerType> LISTED = Set.of(AnswerType.PERSON, AnswerType.ORG, AnswerType.PLACE, AnswerType.CITY,
            AnswerType.VENUE);

    private final Function<String, Round> roundOf;

    RoundAnswers(Function<String, Round> roundOf) {
        this.roundOf = roundOf;
    }

    /**
     * One round's answer, labelled; {@code answer} is its direct answer as the list shows it, any day in it without its
     * weekday ({@link DateFormat#compact}: "Dublin, June 29–30, 2027"), so that two rounds fit.
     */
    record Entry(Candidate candidate, String answer, String label) {
        String shown() {
            return answer + " (" + label + ")";
        }
    }

    /**
     * The chosen answer, then the rival of another round whose direct answer says something else
     * (not "He Lifeng" beside "Vice Premier He Lifeng": the words of one among the other's),
     * while the labelled list fits {@link Answer#SHORT_LIMIT}: a list of one when no other round
     * does, or when the question asks for what is not listed.
     *
     * @param newestFirst whether the others follow newest first (the other rounds of a question
     *                    about now) rather than by confidence
     * @param nextRound   whether the question asks of the next round ("when is the next round"):
     *                    each report announces its own, so a day is one thing per round and is listed too
     * @param meetingDays whether the question asks when its round met ("what days did they meet"): each
     *                    report tells of its own round's days, which are listed too; the chosen answer
     *                    keeps its weekdays, which such a question often asks for
     */
    List<Entry> list(AnswerType asked, Candidate chosen, List<Candidate> rivals, boolean newestFirst, boolean nextRound,
            boolean meetingDays) {
        boolean days = asked == AnswerType.DATE && (nextRound || meetingDays);
        List<Entry> out = new ArrayList<>();
        out.add(days && !nextRound ? new Entry(chosen, chosen.shortAnswer(), label(chosen)) : entry(chosen));
        if (!(LISTED.contains(asked) || days) || !chosen.typed()) {
            return List.copyOf(out);
        }
        Set<String> rounds = new HashSet<>(Set.of(roundKey(chosen)));
        List<Candidate> others = new ArrayList<>(rivals);
        others.sort(newestFirst
                ? Comparator.comparing((Candidate c) -> roundOf.apply(c.articleId()).published()).reversed()
                : Comparator.comparingDouble(Candidate::confidence).reversed());
        int length = out.get(0).shown().length();
        for (Candidate c : others) {
            if (out.size() >= MOST || !c.typed() || rounds.contains(roundKey(c)) || out.stream().anyMatch(e -> same(e.candidate(), c))) {
                continue;
            }
            Entry e = entry(c);
            if (length + SEPARATOR.length() + e.shown().length() > Answer.SHORT_LIMIT) {
                continue;
            }
            rounds.add(roundKey(c));
            length += SEPARATOR.length() + e.shown().length();
            out.add(e);
        }
        return List.copyOf(out);
    }

    /** The direct answer of a list: each round's answer with its label. */
    static String shortAnswer(List<Entry> entries) {
        List<String> parts = new ArrayList<>();
        for (Entry e : entries) {
            parts.add(e.shown());
        }
        return String.join(SEPARATOR, parts);
    }

    /**
     * The reply of a list: "Two rounds answer this: Lima, November 2027: X; Oslo, September 2027:
     * Y."; after "As of …: " (the newest report leads a question about now), "As of …: X. Another
     * round: Oslo, September 2027: Y."
     */
    static String reply(List<Entry> entries, String asOf) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        if (asOf.isEmpty()) {
            out.append(differs(entries.size()));
        } else {
            out.append(asOf).append(entries.get(0).candidate().shortAnswer()).append(OTHER);
            from = 1;
        }
        for (int i = from; i < entries.size(); i++) {
            out.append(i == from ? "" : SEPARATOR).append(entries.get(i).label()).append(": ").append(entries.get(i).candidate().shortAnswer());
        }
        return out.append('.').toString();
    }

    /** The entry of a candidate, labelled by its round. */
    private Entry entry(Candidate c) {
        return new Entry(c, DateFormat.compact(c.shortAnswer()), label(c));
    }

    private static boolean same(Candidate a, Candidate b) {
        return same(a.shortAnswer(), b.shortAnswer());
    }

    /** Two answers that say the same: the words of one among the words of the other ("Vice Premier", "Chinese Vice Premier"; not "Li", "Liang"). */
    static boolean same(String a, String b) {
        List<String> x = Vocabulary.words(a);
        List<String> y = Vocabulary.words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return x.equals(y); // no words: only another answer of no words says the same
        }
        return Collections.indexOfSubList(x, y) >= 0 || Collections.indexOfSubList(y, x) >= 0;
    }

    /** Reports of one round (its place and first day) are one round, however many articles tell of it. */
    private String roundKey(Candidate c) {
        Round r = roundOf.apply(c.articleId());
        return r.place() == null ? "article " + r.articleId() : Text.fold(r.place()) + " " + r.from();
    }

    /** "Lima, November 2027": where and when the round its report tells of took place; the report's date when it names no place. */
    String label(Candidate c) {
        Round r = roundOf.apply(c.articleId());
        if (r.place() == null) {
            return "report of " + DateFormat.date(r.published());
        }
        String when = DateFormat.monthYear(r.from());
        return Text.fold(c.shortAnswer()).contains(Text.fold(r.place())) ? when : r.place() + ", " + when;
    }
}
