package talkbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import talkbot.corpus.Round;
import talkbot.corpus.Text;
import talkbot.time.DateFormat;

/**
 * The answers of several rounds to a question that names none, side by side and each labelled by
 * its round ("Maison Lambermont (Brussels, Sep 2026); Lindqvist House (Stockholm, Nov 2026)"):
 * when reports of different rounds answer "which building were the talks held in?" differently
 * and about equally well, whoever cannot ask back which round is meant reads each round's answer
 * rather than a guess. The chosen answer comes first; the others follow by confidence, one per
 * round, as many as fit the direct answer's limit.
 */
final class RoundAnswers {
    /** The most rounds listed: more is a list of the corpus, not an answer. */
    static final int MOST = 3;

    private final Function<String, Round> roundOf;

    RoundAnswers(Function<String, Round> roundOf) {
        this.roundOf = roundOf;
    }

    /** One round's answer, labelled. */
    record Entry(Candidate candidate, String label) {
        String shown() {
            return candidate.shortAnswer() + " (" + label + ")";
        }
    }

    /**
     * The chosen answer, then the rivals of other rounds whose direct answers differ from those
     * listed before them, while the labelled list fits {@link Answer#SHORT_LIMIT}: a list of one
     * when no other round fits.
     */
    List<Entry> list(Candidate chosen, List<Candidate> rivals) {
        List<Entry> out = new ArrayList<>();
        out.add(new Entry(chosen, label(chosen)));
        Set<String> articles = new HashSet<>(Set.of(chosen.articleId()));
        Set<String> shorts = new HashSet<>(Set.of(Text.fold(chosen.shortAnswer())));
        List<Candidate> others = new ArrayList<>(rivals);
        others.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
        int length = out.get(0).shown().length();
        for (Candidate c : others) {
            if (out.size() >= MOST || articles.contains(c.articleId()) || !shorts.add(Text.fold(c.shortAnswer()))) {
                continue;
            }
            Entry e = new Entry(c, label(c));
            if (length + SEPARATOR.length() + e.shown().length() > Answer.SHORT_LIMIT) {
                continue;
            }
            articles.add(c.articleId());
            length += SEPARATOR.length() + e.shown().length();
            out.add(e);
        }
        return List.copyOf(out);
    }

    static final String SEPARATOR = "; ";

    /** The direct answer of a list: each round's answer with its label. */
    static String shortAnswer(List<Entry> entries) {
        List<String> parts = new ArrayList<>();
        for (Entry e : entries) {
            parts.add(e.shown());
        }
        return String.join(SEPARATOR, parts);
    }

    /**
     * The reply of a list: "It differs by round — the talks in Brussels (Sep 2026): Maison
     * Lambermont; ..."; after "As of …:" when the newest report leads, the others as earlier ones.
     */
    static String reply(List<Entry> entries, String asOf) {
        StringBuilder out = new StringBuilder();
        if (asOf.isEmpty()) {
            out.append("That differs by round: ");
            for (int i = 0; i < entries.size(); i++) {
                out.append(i == 0 ? "" : SEPARATOR).append(entries.get(i).label()).append(": ").append(entries.get(i).candidate().shortAnswer());
            }
        } else {
            out.append(asOf).append(entries.get(0).candidate().shortAnswer()).append(". Earlier reports: ");
            for (int i = 1; i < entries.size(); i++) {
                out.append(i == 1 ? "" : SEPARATOR).append(entries.get(i).label()).append(": ").append(entries.get(i).candidate().shortAnswer());
            }
        }
        return out.append('.').toString();
    }

    /** "Brussels, Sep 2026": where and when the round its report tells of took place; the report's date when it names no place. */
    private String label(Candidate c) {
        Round r = roundOf.apply(c.articleId());
        String when = DateFormat.monthYear(r.from());
        boolean placeSaid = r.place() == null || Text.fold(c.shortAnswer()).contains(Text.fold(r.place()));
        return placeSaid ? (r.place() == null ? "report of " + DateFormat.date(r.published()) : when) : r.place() + ", " + when;
    }
}
