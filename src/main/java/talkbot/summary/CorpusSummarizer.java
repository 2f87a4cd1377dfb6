package talkbot.summary;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;
import talkbot.corpus.Sentence;
import talkbot.corpus.QuoteDepth;
import talkbot.corpus.Text;
import talkbot.time.DateFormat;

/**
 * Builds the summary from the corpus by code. The key points, 5 to 8, in this order:
 * <ol>
 *   <li>where and when the talks meet (the first PLACE fact, with a TIME fact of the same sentence);</li>
 *   <li>the delegations and who leads them (MEMBER facts, with each member's title from ROLE facts);</li>
 *   <li>the sticking points (ISSUE facts, near-repeats left out);</li>
 *   <li>the latest figures (FIGURE facts of the newest article, the sentences with most figures first);</li>
 *   <li>the lead of every article that no other point cites (such as one without a facts file), newest
 *       first: each article contributes;</li>
 *   <li>what comes next (an EVENT or TIME fact in a sentence that looks ahead: expected, will, set to...).</li>
 * </ol>
 * When there is more than fits, the first point of each kind is kept before the second of any, and
 * the articles' leads come before any second point. With
 * too few facts, further sentences of the newest articles fill up to 5 points (when the corpus has
 * that many). Facts of newer articles come first. Each point cites the sentence it rests on,
 * verbatim. When the chat has seen only some articles, a "new since" part leads with the lead of
 * each new article, newest first.
 *
 * <p>Deterministic: the same corpus and the same seen set give equal summaries. The key points do
 * not depend on the chat and are built once, when first asked for; thread-safe.
 */
public final class CorpusSummarizer implements Summarizer {
    static final int MAX_POINTS = 8;
    static final int MIN_POINTS = 5;
    static final int MAX_NEW = 4;
    static final int MAX_DELEGATIONS = 2;
    static final int MAX_FIGURES_PER_POINT = 3;
    /** A point's text condenses a long sentence to its first clause when that clause is at least this long. */
    private static final int MIN_CLAUSE = 50;
    private static final int LONG_SENTENCE = 140;

    private static final Pattern AHEAD = Pattern.compile(
            "\\b(expected|will|set to|next|upcoming|scheduled|plans?|planned|tomorrow|later this|due to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> JOINING_WORDS = Set.of(
            "of", "to", "for", "on", "about", "with", "in", "by", "from", "since", "that", "than", "at",
            "is", "are", "was", "were", "has", "have", "had", "marks", "says", "wants", "will");

    /** Where a point goes in the summary, in display order. */
    private enum Part { WHERE_WHEN, DELEGATION, ISSUE, FIGURE, ARTICLE, NEXT, MORE }

    private record Candidate(Part part, int rank, String text, Sentence sentence) {}

    private final Corpus corpus;
    private final String topic;
    private final String title;
    /**
     * What a summary needs of the corpus — its articles newest first, every id, the key points —
     * worked out when one is first asked for: a reload of a large corpus need not.
     */
    private volatile Built built;

    private record Built(List<Article> newestFirst, Set<String> articleIds, List<KeyPoint> points) {}

    /** A summary titled with the neutral topic (a corpus without bot.properties). */
    public CorpusSummarizer(Corpus corpus) {
        this(corpus, talkbot.corpus.BotProfile.defaults().topic());
    }

    /** @param topic what the corpus is about, as the title names it (the corpus's bot.properties) */
    public CorpusSummarizer(Corpus corpus, String topic) {
        this.corpus = corpus;
        this.topic = topic;
        java.time.LocalDate newest = corpus.articles().get(0).info().published();
        for (Article a : corpus.articles()) {
            newest = a.info().published().isAfter(newest) ? a.info().published() : newest;
        }
        this.title = topic + ": key points as of " + DateFormat.day(newest);
    }

    private Built built() {
        Built b = built;
        if (b == null) {
            synchronized (this) {
                b = built;
                if (b == null) {
                    List<Article> articles = new ArrayList<>(corpus.articles());
                    articles.sort(Article.NEWEST_FIRST);
                    List<Article> newestFirst = List.copyOf(articles);
                    // the ids immutable once: each summary shares them rather than copying every id
                    Set<String> ids = Set.copyOf(newestFirst.stream().map(Article::id).toList());
                    b = new Built(newestFirst, ids, List.copyOf(build(newestFirst)));
                    built = b;
                }
            }
        }
        return b;
    }

    /** What the corpus is about, as the title names it ("US–China trade talks"). */
    public String topic() {
        return topic;
    }

    @Override
    public Summary summarize(Set<String> alreadySeen) {
        Built b = built();
        List<KeyPoint> fresh = new ArrayList<>();
        if (alreadySeen != null) {
            for (Article a : b.newestFirst()) {
                if (fresh.size() < MAX_NEW && !alreadySeen.contains(a.id())) {
                    lead(a).ifPresent(s -> fresh.add(new KeyPoint(condense(s.text()), a.cite(s))));
                }
            }
        }
        return new Summary(title, fresh, b.points(), b.articleIds());
    }

    // --- the key points ---


    private List<KeyPoint> build(List<Article> newestFirst) {
        List<Fact> facts = factsNewestFirst(newestFirst);
        List<Candidate> candidates = new ArrayList<>();
        whereWhen(facts, candidates);
        delegations(facts, candidates);
        issues(facts, candidates);
        figures(facts, candidates);
        next(facts, candidates);
        uncitedArticles(newestFirst, candidates);

        // round by round: the best point of each kind, then (so that every article has its say) the
        // other articles' leads, then the next best of each kind, ... until full; a sentence already
        // cited is passed over for the kind's next point
        Map<Part, Deque<Candidate>> queues = new EnumMap<>(Part.class);
        for (Candidate c : candidates) {
            queues.computeIfAbsent(c.part(), k -> new ArrayDeque<>());
        }
        for (Part part : queues.keySet()) {
            candidates.stream().filter(c -> c.part() == part).sorted(Comparator.comparingInt(Candidate::rank))
                    .forEach(queues.get(part)::add);
        }
        List<Candidate> chosen = new ArrayList<>();
        Set<Sentence> used = new HashSet<>();
        boolean more = takeRound(queues.values(), chosen, used);
        Deque<Candidate> articles = queues.getOrDefault(Part.ARTICLE, new ArrayDeque<>());
        while (!articles.isEmpty() && chosen.size() < MAX_POINTS) {
            more |= takeRound(List.of(articles), chosen, used);
        }
        while (more) {
            more = takeRound(queues.values(), chosen, used);
        }
        // too few facts: further sentences of the newest articles
        for (Article a : newestFirst) {
            for (Sentence s : a.sentences()) {
                if (chosen.size() < MIN_POINTS && !s.heading() && used.add(s)) {
                    chosen.add(new Candidate(Part.MORE, 0, condense(s.text()), s));
                }
            }
        }
        List<Candidate> ordered = new ArrayList<>(chosen);
        ordered.sort(Comparator.comparing(Candidate::part).thenComparing(c -> candidates.indexOf(c) < 0
                ? Integer.MAX_VALUE : candidates.indexOf(c)));
        List<KeyPoint> out = new ArrayList<>();
        for (Candidate c : ordered) {
            out.add(new KeyPoint(c.text(), corpus.cite(c.sentence())));
        }
        return out;
    }

    /** Takes the next point of each queue whose sentence is not cited yet, while there is room; false when none was taken. */
    private static boolean takeRound(Collection<Deque<Candidate>> queues, List<Candidate> chosen, Set<Sentence> used) {
        boolean took = false;
        for (Deque<Candidate> queue : queues) {
            while (!queue.isEmpty() && chosen.size() < MAX_POINTS) {
                Candidate c = queue.poll();
                if (used.add(c.sentence())) {
                    chosen.add(c);
                    took = true;
                    break;
                }
            }
        }
        return took;
    }

    /** Where and when: the first PLACE fact, and a TIME fact of the same sentence if there is one. */
    private void whereWhen(List<Fact> facts, List<Candidate> out) {
        for (Fact place : facts) {
            if (place.kind() != FactKind.PLACE) {
                continue;
            }
            Optional<Fact> when = facts.stream()
                    .filter(f -> f.kind() == FactKind.TIME && f.sentence().equals(place.sentence()))
                    .findFirst();
            String text = place.subject() + ": " + place.value() + when.map(t -> ", " + t.value()).orElse("") + ".";
            out.add(new Candidate(Part.WHERE_WHEN, 0, capitalize(text), place.sentence()));
            return;
        }
    }

    /**
     * One point per side (at most two): its leader when a member is marked as leading, else its
     * members; only the members named in the cited sentence, each with a short title if a ROLE
     * fact gives one.
     */
    private void delegations(List<Fact> facts, List<Candidate> out) {
        Map<String, List<Fact>> bySide = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.kind() == FactKind.MEMBER) {
                bySide.computeIfAbsent(f.subject(), k -> new ArrayList<>()).add(f);
            }
        }
        int rank = 0;
        for (Map.Entry<String, List<Fact>> side : bySide.entrySet()) {
            if (rank == MAX_DELEGATIONS) {
                break;
            }
            List<Fact> members = side.getValue();
            Fact leader = members.stream().filter(Fact::lead).findFirst().orElse(null);
            Sentence cited = leader != null ? leader.sentence() : mostNamed(members);
            List<String> others = new ArrayList<>();
            for (Fact m : members) {
                if (m != leader && m.sentence().equals(cited) && !others.contains(titled(facts, m))) {
                    others.add(titled(facts, m));
                }
            }
            String text = side.getKey() + " delegation: "
                    + (leader == null ? join(others) : "led by " + titled(facts, leader)
                            + (others.isEmpty() ? "" : ", with " + join(others)))
                    + ".";
            out.add(new Candidate(Part.DELEGATION, rank++, capitalize(text), cited));
        }
    }

    /** The sticking points: each ISSUE fact, unless it mostly repeats an earlier one. */
    private void issues(List<Fact> facts, List<Candidate> out) {
        List<Set<String>> said = new ArrayList<>();
        int rank = 0;
        for (Fact f : facts) {
            if (f.kind() != FactKind.ISSUE) {
                continue;
            }
            Set<String> words = contentWords(f.value());
            if (said.stream().anyMatch(w -> overlap(words, w) >= 0.6)) {
                continue;
            }
            said.add(words);
            out.add(new Candidate(Part.ISSUE, rank++, capitalize(phrase(f.subject(), f.value()) + "."), f.sentence()));
        }
    }

    /**
     * The latest figures: the FIGURE facts of the newest article that has any, a point per sentence;
     * the sentences with the most figures rank first, and the points keep the article's order.
     */
    private void figures(List<Fact> facts, List<Candidate> out) {
        String newest = null;
        Map<Sentence, List<Fact>> bySentence = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (f.kind() != FactKind.FIGURE) {
                continue;
            }
            if (newest == null) {
                newest = f.sentence().articleId();
            }
            if (f.sentence().articleId().equals(newest)) {
                bySentence.computeIfAbsent(f.sentence(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Sentence> byWeight = new ArrayList<>(bySentence.keySet());
        byWeight.sort(Comparator.comparing((Sentence s) -> -bySentence.get(s).size()).thenComparing(Sentence::number));
        List<Sentence> inOrder = new ArrayList<>(bySentence.keySet());
        inOrder.sort(Comparator.comparing(Sentence::number));
        for (Sentence s : inOrder) {
            List<String> parts = new ArrayList<>();
            for (Fact f : bySentence.get(s)) {
                if (parts.size() < MAX_FIGURES_PER_POINT) {
                    parts.add(f.subject() + ": " + f.value());
                }
            }
            out.add(new Candidate(Part.FIGURE, byWeight.indexOf(s), capitalize(String.join("; ", parts) + "."), s));
        }
    }

    /**
     * Every article that no other point cites contributes its lead, newest first: articles without
     * a facts file (whose facts, read off the text, are only titles, leaders and quotations), and
     * articles whose facts make none of the points above.
     */
    private void uncitedArticles(List<Article> newestFirst, List<Candidate> out) {
        Set<String> cited = new HashSet<>();
        out.forEach(c -> cited.add(c.sentence().articleId()));
        int rank = 0;
        for (Article a : newestFirst) {
            if (!cited.contains(a.id())) {
                Optional<Sentence> lead = lead(a);
                if (lead.isPresent()) {
                    out.add(new Candidate(Part.ARTICLE, rank++, condense(lead.get().text()), lead.get()));
                }
            }
        }
    }

    /** What comes next: an EVENT (else TIME) fact whose sentence looks ahead. */
    private void next(List<Fact> facts, List<Candidate> out) {
        Map<Sentence, Fact> best = new LinkedHashMap<>();
        for (Fact f : facts) {
            if ((f.kind() == FactKind.EVENT || f.kind() == FactKind.TIME) && AHEAD.matcher(f.sentence().text()).find()) {
                Fact had = best.get(f.sentence());
                if (had == null || (had.kind() == FactKind.TIME && f.kind() == FactKind.EVENT)) {
                    best.put(f.sentence(), f);
                }
            }
        }
        int rank = 0;
        for (Fact f : best.values()) {
            String what = f.kind() == FactKind.EVENT ? phrase(f.subject(), f.value()) : f.subject() + ", " + f.value();
            out.add(new Candidate(Part.NEXT, rank++, "Next: " + decapitalizeArticle(what) + ".", f.sentence()));
        }
    }

    // --- helpers ---

    /** Every fact, those of the newest articles first, each article's in file order. */
    private List<Fact> factsNewestFirst(List<Article> newestFirst) {
        Map<String, Integer> age = new HashMap<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            age.put(newestFirst.get(i).id(), i);
        }
        List<Fact> facts = new ArrayList<>(corpus.facts());
        facts.sort(Comparator.comparing((Fact f) -> age.getOrDefault(f.sentence().articleId(), Integer.MAX_VALUE)));
        return facts;
    }

    private static Sentence mostNamed(List<Fact> members) {
        Map<Sentence, Integer> count = new LinkedHashMap<>();
        for (Fact m : members) {
            count.merge(m.sentence(), 1, Integer::sum);
        }
        Sentence best = null;
        for (Map.Entry<Sentence, Integer> e : count.entrySet()) {
            if (best == null || e.getValue() > count.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** "Vice Premier He Lifeng": the member with a short title, when a ROLE fact in the same sentence gives one. */
    private static String titled(List<Fact> facts, Fact member) {
        for (Fact f : facts) {
            if (f.kind() == FactKind.ROLE && f.subject().equalsIgnoreCase(member.value())
                    && f.sentence().equals(member.sentence()) && f.value().split("\\s+").length <= 4
                    && Character.isUpperCase(f.value().charAt(0))) {
                return f.value() + " " + member.value();
            }
        }
        return member.value();
    }

    /**
     * A fact as a clause: "China and Canada agreed to regularize ..." when the subject reads on into
     * the value (it ends in a verb or a preposition and the value does not start with a capital), else
     * "subject: value".
     */
    static String phrase(String subject, String value) {
        String[] words = subject.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        boolean readsOn = !value.isEmpty() && !Character.isUpperCase(value.charAt(0))
                && (JOINING_WORDS.contains(last) || last.endsWith("ed"));
        return subject.strip() + (readsOn ? " " : ": ") + stripEnd(value);
    }

    /**
     * A long sentence cut to its first clause (at a comma, dash or semicolon at least 50
     * characters in, outside quotation marks); a short one, or one without such a clause, as it is.
     */
    public static String condense(String sentence) {
        String s = sentence.strip();
        if (s.length() <= LONG_SENTENCE) {
            return s;
        }
        QuoteDepth quotes = new QuoteDepth();
        for (int i = 0; i < s.length() - 1; i++) {
            if (!quotes.inside() && i >= MIN_CLAUSE && endsClause(s, i)) {
                return s.substring(0, i).stripTrailing() + ".";
            }
            quotes.see(s.charAt(i));
        }
        return s;
    }

    /** A comma, semicolon or dash followed by a space at {@code i} (a dash may also follow a space). */
    private static boolean endsClause(String s, int i) {
        char c = s.charAt(i);
        char next = s.charAt(i + 1);
        boolean dash = c == '—' || c == '–';
        return ((c == ',' || c == ';' || dash) && next == ' ') || (c == ' ' && (next == '—' || next == '–'));
    }

    private static Optional<Sentence> lead(Article a) {
        return a.sentences().stream().filter(s -> !s.heading()).findFirst();
    }

    private static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    private static String stripEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".,;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    /** "The China-EU summit" → "the China-EU summit", to follow a label. */
    private static String decapitalizeArticle(String s) {
        return s.startsWith("The ") || s.startsWith("A ") ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Set<String> contentWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : Text.fold(s).split("[^a-z0-9]+")) {
            if (w.length() > 3) {
                out.add(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            }
        }
        return out;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String w : a) {
            if (b.contains(w)) {
                shared++;
            }
        }
        return (double) shared / a.size();
    }
}
