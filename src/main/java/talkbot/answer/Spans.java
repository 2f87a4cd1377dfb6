package talkbot.answer;

import java.util.List;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.index.Vocabulary;
import talkbot.intent.Question;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Name;
import talkbot.reading.Quotes.Quote;

/** What every kind of span cut needs: whether the question names a name, how well a clause fits, word counts. */
final class Spans {
    private Spans() {}

    /** A sentence that opens with a pronoun and its verb: "He described the talks as productive". */
    static final Pattern OPENING_PRONOUN = Pattern.compile("^(?:He|She)\\s+\\p{Ll}");

    /** What stands between names listed in a row: a comma, "and", "&". */
    static final Pattern ROW_GAP = Pattern.compile("^(?:,\\s*|\\s+and\\s+|,\\s*and\\s+|\\s*&\\s*)$");

    /** A plural by its ending: "tariffs", not "glass". */
    static boolean plural(String word) {
        return word.endsWith("s") && !word.endsWith("ss");
    }

    /** Whether a name is inside one of the sentence's quotations: someone quoted, not the one who speaks. */
    static boolean quoted(SentenceReading r, Name n) {
        return quoted(r, n.start(), n.end());
    }

    /** Whether the text from {@code from} to {@code to} lies inside one of the sentence's quotations, marks excluded. */
    static boolean quoted(SentenceReading r, int from, int to) {
        for (Quote quote : r.quotes()) {
            if (from > quote.start() && to < quote.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the question itself names it: an answer never repeats the question's own names. A
     * person or organisation counts by any of its names; a place only as the question writes it
     * ("where did the US team meet?" is answered "Washington", an alias of the US).
     */
    static boolean asked(Question q, String name) {
        String folded = Text.fold(name);
        for (Entity e : q.entities()) {
            if (e.type() == Entity.EntityType.PLACE || e.type() == Entity.EntityType.TOPIC) {
                continue;
            }
            for (String n : e.names()) {
                boolean city = e.type() == Entity.EntityType.COUNTRY && WorldPlaces.get().isCity(n); // "Washington" is not the US as a place
                if (!city && Text.fold(n).equals(folded)) {
                    return true;
                }
            }
        }
        List<String> words = Vocabulary.words(name);
        List<String> questionWords = Vocabulary.words(q.corrected());
        return !words.isEmpty() && questionWords.containsAll(words);
    }

    static double fitOf(double[] at, int clause) {
        return clause >= 0 && clause < at.length ? at[clause] : 0;
    }

    /** The clause that holds most of the question's focus: the first of the best. */
    static int best(double[] at) {
        int best = 0;
        for (int i = 1; i < at.length; i++) {
            if (at[i] > at[best]) {
                best = i;
            }
        }
        return best;
    }

    static double max(double[] at) {
        double m = 0;
        for (double v : at) {
            m = Math.max(m, v);
        }
        return m;
    }

    static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[,;:.]+$");
    /** The fewest words of a clause that answers as a phrase ("because …", "an additional 24 points could snap back"). */
    private static final int CLAUSE_MIN_WORDS = 3;

    /**
     * A part of a sentence as a short answer (a reason, a consequence): stripped of its closing
     * punctuation, capitalised and clipped; null when it has fewer than three words.
     */
    static Span clause(String part, double fit, java.util.function.ToIntFunction<String> at) {
        String text = CLOSING_PUNCTUATION.matcher(part.strip()).replaceAll("");
        if (words(text) < CLAUSE_MIN_WORDS) {
            return null;
        }
        return new Span(capitalise(Text.clip(text, Answer.SHORT_LIMIT)), fit, at.applyAsInt(text));
    }
}
