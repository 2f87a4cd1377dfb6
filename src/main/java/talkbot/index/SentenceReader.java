package talkbot.index;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import talkbot.corpus.Article;
import talkbot.corpus.Sentence;
import talkbot.reading.Clauses;
import talkbot.reading.Figures;
import talkbot.reading.Name;
import talkbot.reading.NameFinder;
import talkbot.reading.Quotes;
import talkbot.time.DateFinder;
import talkbot.time.DateMention;

/** Reads every sentence of an article once, at index time: see {@link SentenceReading}. */
final class SentenceReader {
    private final TextAnalysis analysis;
    private final NameFinder names;

    SentenceReader(TextAnalysis analysis, NameFinder names) {
        this.analysis = analysis;
        this.names = names;
    }

    List<SentenceReading> read(Article article) {
        List<SentenceReading> out = new ArrayList<>();
        List<String> subjects = new ArrayList<>(); // per sentence before: the first person it names outside quotations
        for (Sentence s : article.sentences()) {
            String speaker = null;
            for (int i = subjects.size() - 1; i >= 0 && i >= subjects.size() - 3 && speaker == null; i--) {
                speaker = subjects.get(i);
            }
            SentenceReading r = read(article, s, speaker);
            out.add(r);
            if (!s.heading()) {
                subjects.add(firstPerson(r.names(), r.quotes()));
            }
        }
        return out;
    }

    /**
     * Sentence {@code number} of the article alone, as {@link #read(Article)} reads it: who its
     * pronouns stand for is the first person named in the (up to) three sentences of prose before it.
     */
    SentenceReading read(Article article, int number) {
        String speaker = null;
        int seen = 0;
        for (int i = number - 1; i >= 1 && seen < 3 && speaker == null; i--) {
            Sentence p = article.sentence(i);
            if (!p.heading()) {
                seen++;
                speaker = firstPerson(names.find(p.text()), Quotes.find(p.text()));
            }
        }
        return read(article, article.sentence(number), speaker);
    }

    private SentenceReading read(Article article, Sentence s, String speaker) {
        String text = s.text();
        List<Clauses.Clause> clauses = Clauses.of(text);
        List<Set<String>> clauseTerms = new ArrayList<>();
        for (Clauses.Clause c : clauses) {
            clauseTerms.add(Set.copyOf(new HashSet<>(analysis.indexTerms(text.substring(c.start(), c.end())))));
        }
        for (int i = 0; i < clauses.size(); i++) {
            int subject = Clauses.subjectOf(text, clauses, i);
            if (subject >= 0) { // "…, which source much of their apparel from Vietnam, rose about 4%": shares of Nike rose
                Set<String> with = new HashSet<>(clauseTerms.get(i));
                with.addAll(clauseTerms.get(subject));
                clauseTerms.set(i, Set.copyOf(with));
            }
        }
        List<DateMention> dates = DateFinder.strict().find(text, article.info().published());
        List<Quotes.Quote> quotes = Quotes.find(text);
        List<Name> found = s.heading() ? List.of() : names.find(text);
        return new SentenceReading(clauses, clauseTerms, dates, found, Figures.find(text, dates), quotes, speaker,
                Vocabulary.words(text));
    }

    /** The first person a sentence names outside its quotations: most often who a following "he" is. */
    private static String firstPerson(List<Name> found, List<Quotes.Quote> quotes) {
        for (Name n : found) {
            boolean quoted = quotes.stream().anyMatch(q -> n.start() >= q.start() && n.end() <= q.end());
            if (n.kind() == Name.Kind.PERSON && !quoted) {
                return n.text();
            }
        }
        return null;
    }
}
