package talkbot.index;

import java.util.List;
import java.util.Set;
import talkbot.reading.Clauses.Clause;
import talkbot.reading.Figure;
import talkbot.reading.Name;
import talkbot.reading.Quotes.Quote;
import talkbot.time.DateMention;

/**
 * What was read off one sentence when the index was built, so that answering cuts spans without
 * reading it again: its clauses and each clause's analyzed terms, its dates resolved against the
 * article's day, its names, figures and quotations, and who an opening "He" or a "he said" means.
 *
 * @param clauses     the clauses, in order
 * @param clauseTerms each clause's terms, analyzed as the index is
 * @param dates       the date expressions, resolved
 * @param names       the names
 * @param figures     the figures (none inside a date)
 * @param quotes      the quotations
 * @param speakerHint the person a pronoun in the sentence stands for (the last person named before it), or null
 * @param words       the sentence's words, lower case, as entity names are matched against them
 */
public record SentenceReading(List<Clause> clauses, List<Set<String>> clauseTerms, List<DateMention> dates, List<Name> names,
        List<Figure> figures, List<Quote> quotes, String speakerHint, List<String> words) {
    public SentenceReading {
        words = List.copyOf(words);
        clauses = List.copyOf(clauses);
        clauseTerms = List.copyOf(clauseTerms);
        dates = List.copyOf(dates);
        names = List.copyOf(names);
        figures = List.copyOf(figures);
        quotes = List.copyOf(quotes);
    }

    /** The clause holding a position of the sentence. */
    public int clauseAt(int at) {
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).contains(at)) {
                return i;
            }
        }
        int best = 0;
        for (int i = 0; i < clauses.size(); i++) {
            if (clauses.get(i).start() <= at) {
                best = i;
            }
        }
        return best;
    }
}
