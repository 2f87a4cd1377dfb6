package talkbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import talkbot.corpus.Entity;
import talkbot.corpus.Round;
import talkbot.corpus.Sentence;
import talkbot.corpus.Text;
import talkbot.index.CorpusIndex;
import talkbot.index.Hit;
import talkbot.index.SentenceReading;
import talkbot.index.Vocabulary;
import talkbot.intent.AnswerType;
import talkbot.intent.EntityMatcher;
import talkbot.intent.Question;
import talkbot.lexicon.TitleWords;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Name;
import talkbot.reading.NameFinder;
import talkbot.time.DateFormat;

/**
 * Answers from the best sentences — for articles that come without facts, and whenever a sentence
 * fits better than a fact. Candidates come from BM25 over every article and, when the question
 * names a round, over that round's articles too; each must name every party the question names,
 * and is scored by the share of the question it covers (the round's words count as covered by a
 * sentence of that round), less when no direct answer of the asked type is in it, and much less
 * when it belongs to another round than the one the question names.
 */
final class SentenceRanker {
    private static final int CANDIDATES = 24;
    private static final List<String> SAY = List.of("say");
    /**
     * Words after a country's adjective that still make the country the speaker: its government
     * ("the chinese side", "swiss officials") or a verb ("how did the swiss react").
     */
    private static final String GOVERNMENT = "side sides government officials official delegation team negotiators negotiator ministry"
            + " authorities leaders leadership commerce foreign finance trade embassy customs state media spokesperson spokesman spokeswoman"
            + " react reacted respond responded reply replied welcome welcomed describe described think want";
    private final Set<String> government;
    /** Confidence kept when the sentence holds no span of the asked type. */
    private static final double NO_SPAN = 0.5;
    /** Confidence kept for answers that are a whole clause (why, what, yes/no). */
    private static final double CLAUSE = 0.85;
    private static final double SPAN = 0.95;
    /** A sentence of another round than the one the question names keeps this share. */
    private static final double OTHER_ROUND = 0.5;
    /** A sentence of an article about other parties than the question names, that mentions them in passing, keeps this share. */
    private static final double IN_PASSING = 0.85;
    /** No sentence answers with more confidence than this (full coverage, span found). */
    static final double MAX_CONFIDENCE = SPAN;

    /** At TRACE, each candidate sentence with its confidence: what tuning reads to see why an answer won. */
    private static final Logger LOG = LoggerFactory.getLogger(SentenceRanker.class);
    private final CorpusIndex index;
    private final Weights weights;
    private final RoundFit rounds;

    private final ConfidenceModel model;
    private final Sides sides;
    private final PronounSpeakers pronouns;
    private final Map<Entity, List<List<String>>> entityTerms = new java.util.concurrent.ConcurrentHashMap<>();
    /** The terms of {@link #ONSET_WORDS}, analyzed as questions are. */
    private final Set<String> onsetTerms;
    /** The words a question asks when something starts to apply with ("kick in" is read as "take effect"). */
    private static final String ONSET_WORDS = "effect start begin apply";
    /** The terms of "deadline", which a date set as one says in other words ("to lift the duty by March 15"). */
    private final Set<String> deadlineTerms;
    /** The terms of "describe", which 'called the fees "discriminatory"' says in other words. */
    private final Set<String> describeTerms;
    /** The words a question of a market's move asks it with, which "firmed 0.3%" says in other words. */
    private final Set<String> moveTerms;
    /** The terms of the words that name no market in particular, read once for every question's {@link Focus}. */
    private final Set<String> marketTerms;

    private final Set<String> hostingTerms;
    /**
     * The words a question asks where something is held with: a sentence that names a venue says them with "at"
     * ("… led the negotiations on Tuesday and Wednesday at Lindqvist House").
     */
    private static final String HOSTING_WORDS = "held hold hosted host taking take took taken place";

    private final Set<String> nextTerms;
    /** The words a question asks of the round to come with: a sentence that announces one says them in its own ("will meet again in …"). */
    private static final String NEXT_WORDS = "next upcoming";

    SentenceRanker(CorpusIndex index, Weights weights, RoundFit rounds, ConfidenceModel model, Sides sides) {
        this.index = index;
        this.weights = weights;
        this.rounds = rounds;
        this.model = model;
        this.sides = sides;
        this.pronouns = new PronounSpeakers(index);
        this.onsetTerms = Set.copyOf(index.analysis().queryTerms(ONSET_WORDS));
        this.deadlineTerms = Set.copyOf(index.analysis().queryTerms("deadline"));
        this.describeTerms = Set.copyOf(index.analysis().queryTerms("describe"));
        // a move of any market says the question's "stocks" or "index": "how did car stocks react", "the automobiles index rose 1.1%"
        this.marketTerms = Focus.marketTerms(index.analysis());
        this.moveTerms = Set.copyOf(index.analysis().queryTerms("move react reaction do perform fare respond "
                + String.join(" ", talkbot.lexicon.MarketWords.general())));
        this.hostingTerms = Set.copyOf(index.analysis().queryTerms(HOSTING_WORDS));
        this.nextTerms = Set.copyOf(index.analysis().queryTerms(NEXT_WORDS));
        this.government = Set.copyOf(index.analysis().queryTerms(GOVERNMENT));
        this.roundWords = Set.copyOf(index.analysis().queryTerms(ROUND_WORDS));
        this.daysWords = Set.copyOf(index.analysis().queryTerms(DAYS_WORDS));
        this.endWords = Set.copyOf(index.analysis().queryTerms(END_WORDS));
        this.earlierTerms = Set.copyOf(index.analysis().queryTerms(ROUND_WORDS + " " + EARLIER_WORDS)); // the round's words too
        this.tellingTerms = List.copyOf(new java.util.LinkedHashSet<>(index.analysis().queryTerms(TELLING_WORDS)));
    }

    /** What every round is, and where and when it is held: a question of only these asks where the reported round is. */
    private static final String ROUND_WORDS = "talks round meeting negotiations session held hold happening taking place";
    private final Set<String> roundWords;
    /** What a question of a round's days says besides the round: "what dates did the argentina round run". */
    private static final String DAYS_WORDS = "run last";
    private final Set<String> daysWords;

    /** What a question of when a round ended says besides the round: "what day did the tromso round end". */
    private static final String END_WORDS = "end finish close";
    private final Set<String> endWords;
    /** What a sentence that tells of a round before its report's own says of it, in whatever words: "following meetings in …". */
    private static final String EARLIER_WORDS = "earlier previous prior preceding before";
    private final Set<String> earlierTerms;
    /** The words a report tells of the rounds before its own with: "following meetings in", "the first round, in". */
    private static final String TELLING_WORDS = "earlier previous following followed first second third round rounds session sessions meeting meetings";
    private final List<String> tellingTerms;

    /**
     * Whether the clause a span was cut from says a word of the question besides what every round is and
     * when it starts or ends: "what day did the tromso round end" asks about the recalled "Tromsø round closed on …".
     */
    private boolean clauseSaysMore(Question q, SentenceReading r, Span span) {
        Set<String> clause = r.clauseTerms().get(r.clauseAt(span.at()));
        return q.terms().stream().anyMatch(t -> clause.contains(t) && !roundWords.contains(t) && !onsetTerms.contains(t) && !endWords.contains(t));
    }

    /** The words a question that asks for both ends of a change says of the answer's shape, not of its content. */
    private static final Set<String> BOTH_ENDS_WORDS = Set.of("from", "to");

    /**
     * What is worked out once per question: its focus, the rounds it selects, the round it orders, its subject, the side it asks
     * about, the question reshaped to its second thing, whether it asks what comes next.
     */
    private record Ask(Question q, Focus focus, Set<String> selected, String ordered, Entity speaker, double unknownShare,
            Set<String> echoed, Sides.Asked side, Question also, boolean ahead, boolean past, boolean byTitle, boolean preceded,
            boolean asksOnset, boolean asksDeadline, boolean ownRound, boolean asksNext) {}

    /** A sentence the search found, with what is cheap to know of it; its span is cut only if it can still win. */
    private record Prospect(int ord, int rank, Sentence sentence, SentenceReading reading, RoundFit.Match match,
            double coverage, double strictCoverage, double[] fit, int bestClause, boolean recalled, int toldAt) {}

    /**
     * The best candidate of each article that has one, best first — of those that can matter: a
     * candidate whose best possible confidence is below the answer threshold, or too far below
     * the best found to compete on recency, is never cut out of its sentence.
     */
    List<Candidate> best(Question q) {
        Ask ask = ask(q);
        if (ask == null) {
            return List.of();
        }
        List<Prospect> prospects = prospects(ask);
        double[] upper = new double[prospects.size()];
        Integer[] order = new Integer[prospects.size()];
        for (int i = 0; i < upper.length; i++) {
            upper[i] = upperBound(ask, prospects.get(i));
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(upper[b], upper[a]));
        Map<String, Candidate> perArticle = new HashMap<>();
        double bestSoFar = 0;
        for (int i : order) {
            if (upper[i] < model.threshold() || upper[i] < bestSoFar - COMPETING) {
                break;
            }
            Candidate c = candidate(ask, prospects.get(i));
            bestSoFar = Math.max(bestSoFar, c.confidence());
            Candidate held = perArticle.get(c.articleId());
            if (held == null || c.score() > held.score()) {
                perArticle.put(c.articleId(), c);
            }
        }
        List<Candidate> out = new ArrayList<>(perArticle.values());
        out.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return out;
    }

    /** Every candidate sentence that names what the question names, in search order: what the confidence model is fitted on. */
    List<Candidate> all(Question q) {
        Ask ask = ask(q);
        if (ask == null) {
            return List.of();
        }
        List<Candidate> out = new ArrayList<>();
        for (Prospect p : prospects(ask)) {
            out.add(candidate(ask, p));
        }
        return out;
    }

    private Ask ask(Question q) {
        if (weights.sum(q.terms()) <= 0) {
            return null;
        }
        String ordered = rounds.ordered(q);
        boolean ahead = Ahead.asked(q);
        boolean preceded = RoundFit.asksWhatPreceded(q) || RoundFit.asksWhatPrecededThis(q);
        // whether a clause about another round counts against a sentence: see RoundFit.recallsEventElsewhere
        boolean ownRound = ordered == null && !ahead && !preceded && RoundFit.asksOwnRound(q);
        return new Ask(q, new Focus(q, weights, index.analysis(), marketTerms), rounds.selected(q), ordered, subject(q),
                weights.unknownShare(q), echoed(q), sides.asked(q), q.also(), ahead, PastRound.asked(q), PersonSpans.byTitle(q), preceded,
                q.type() == AnswerType.DATE && DateSpans.asksOnset(q), q.type() == AnswerType.DATE && DateSpans.asksDeadline(q), ownRound,
                !java.util.Collections.disjoint(q.terms(), nextTerms)); // read once: whether a sentence that announces a round says it
    }

    /**
     * The question's words that an answer repeats without answering: not the noun that asks for the
     * kind of answer ("the Siam Kempinski Hotel" answers "which hotel"), nor, for a venue, the city
     * of the round asked about ("the Okura Tokyo" answers "which hotel hosted the tokyo talks"), nor
     * the "from" and "to" of a question that asks for both ends of a change.
     */
    static Set<String> echoed(Question q) {
        Set<String> words = new HashSet<>(Vocabulary.words(q.corrected()));
        String kind = q.shape().typeWord();
        if (kind != null) {
            words.removeAll(Vocabulary.words(kind));
            if (talkbot.lexicon.WorldPlaces.isDistrictNoun(kind)) {
                words.removeIf(talkbot.lexicon.WorldPlaces::isDistrictNoun); // asked as "which neighbourhood", read as a district
            }
        }
        if (q.shape().direction() == talkbot.intent.QuestionShape.Direction.BOTH) {
            words.removeAll(BOTH_ENDS_WORDS); // "from what to what" is answered "from 25% to 50%"
        }
        if (q.type() == AnswerType.VENUE) {
            for (String place : q.scope().places()) {
                words.removeAll(Vocabulary.words(place));
            }
        }
        return Set.copyOf(words);
    }

    private List<Prospect> prospects(Ask ask) {
        Question q = ask.q();
        Map<Integer, Hit> hits = new LinkedHashMap<>();
        for (Hit h : index.searchSentences(q.terms(), CANDIDATES)) {
            hits.putIfAbsent(h.ord(), h);
        }
        if (!ask.selected().isEmpty() && ask.selected().size() <= FILTERED_SEARCH_MAX) {
            // the best sentences of the rounds the question selects, though others outrank them; a scope that
            // selects thousands of rounds ("china" in a corpus of other countries' talks) filters nothing worth a query
            for (Hit h : index.searchSentences(q.terms(), CANDIDATES, ask.selected())) {
                hits.putIfAbsent(h.ord(), h);
            }
        }
        if (ask.preceded()) {
            // "where was the round before this one": "The first round, in Stockholm in April, …, while the second, in Kuala
            // Lumpur in June, …" says none of the question's words but "round"; it is found by the words of telling of one
            boolean filtered = !ask.selected().isEmpty() && ask.selected().size() <= FILTERED_SEARCH_MAX;
            for (Hit h : filtered ? index.searchSentences(tellingTerms, CANDIDATES, ask.selected()) : index.searchSentences(tellingTerms, CANDIDATES)) {
                hits.putIfAbsent(h.ord(), new Hit(h.ord(), 0));
            }
        }
        Set<Integer> found = new HashSet<>(hits.keySet());
        Set<Integer> looked = new HashSet<>();
        for (int ord : lookedUp(ask)) {
            hits.putIfAbsent(ord, new Hit(ord, 0));
            looked.add(ord); // whether or not the search found it too, and how far down
        }
        List<Prospect> out = new ArrayList<>();
        int searched = 0;
        boolean several = PlaceSpans.asksSeveral(q); // read once, not for each sentence
        Predicate<String> asked = place -> Spans.asked(q, place);
        for (Hit h : hits.values()) {
            // a sentence looked up for what it names ranks as the search's best hit would
            int searchRank = found.contains(h.ord()) ? ++searched : 0;
            int rank = looked.contains(h.ord()) ? 1 : searchRank;
            Sentence s = index.sentence(h.ord());
            SentenceReading r = index.reading(h.ord());
            RoundFit.Match match = rounds.of(q, ask.selected(), ask.ordered(), s, r);
            if (!namesAll(q, ask.speaker(), s, r, match)) {
                continue;
            }
            if (q.type() == AnswerType.REASON && q.shape().asksWhy()
                    && (isHeadline(s) || isLede(s) && ReasonSpans.reason(q, s.text(), r, ask.focus().clauseFit(r)) == null)) {
                continue; // a headline says what happened, never why
            }
            if (q.type() == AnswerType.QUOTE && QuoteSpans.quotesOnlyOthers(q, s.text(), r)) {
                continue; // "what did trump say": not a sentence quoting Starmer on his call with Trump
            }
            // "where were the earlier rounds held": a sentence that tells of the rounds before its report's own says "earlier"
            int toldAt = !ask.preceded() || q.scope().selects() && !ask.selected().contains(s.articleId()) || RoundFit.announces(s.text())
                    ? -1 : rounds.toldEarlierAt(s.articleId(), s.text(), r, several, asked);
            boolean tellsEarlier = toldAt >= 0;
            // its own terms as the question reads them, and whether it announces the next round: read once for both coverages
            Set<String> said = saidOf(ask.q(), h.ord());
            boolean announces = announcesNext(ask, s, r);
            double coverage = coverage(ask, h.ord(), r, match, tellsEarlier, said, announces);
            double strictCoverage = weights.coverage(ask.q(), announces ? union(said, nextTerms) : said);
            double[] fit = ask.focus().clauseFit(r);
            int best = bestClause(fit);
            var clause = r.clauses().get(best);
            String clauseText = s.text().substring(clause.start(), clause.end());
            boolean ownReport = match == RoundFit.Match.MATCH && ask.selected().contains(s.articleId());
            if (match == RoundFit.Match.MATCH && rounds.speaksOfOtherRound(q, ask.selected(), clauseText,
                    name -> r.names().stream().anyMatch(n -> n.kind() == Name.Kind.PLACE && n.text().equals(name)))
                    && !(ask.selected().contains(s.articleId()) && RoundFit.announcesWhatFollows(q, clauseText))) {
                match = RoundFit.Match.MISMATCH; // the London report's aside on the Geneva truce is not about London
            }
            boolean recalled = false;
            if (ask.preceded() && (!q.scope().selects() || ask.selected().contains(s.articleId()))) {
                // "where was the round before oslo": the Oslo report's recall of the round before it, not Oslo, not the next
                // read in the whole sentence, which holds the clause: the clause that fits the question best may be
                // the one after "At the previous round, held in Stockholm,"
                recalled = tellsEarlier;
                match = recalled ? RoundFit.Match.MATCH : RoundFit.Match.MISMATCH;
            } else if (ask.preceded()) {
                match = RoundFit.Match.MISMATCH; // "where was the round before prague": not what a later report recalls beside Prague
            }
            if (match == RoundFit.Match.MATCH && q.type() == AnswerType.PERSON && !ask.preceded() && q.scope().selects()
                    && ask.selected().contains(s.articleId())
                    && RoundFit.recallsWhatPreceded(clauseText) && !RoundFit.announces(clauseText)) {
                match = RoundFit.Match.MISMATCH; // "Whitcombe led the U.S. side in all four of those rounds": not who led at Marrakech
            }
            if (match != RoundFit.Match.MISMATCH && ask.ownRound()
                    && !RoundFit.announces(clauseText) && rounds.recallsEventElsewhere(q, s.articleId(), s.text(), clauseText, clause.start(), r)) {
                match = RoundFit.Match.MISMATCH; // "Second round held in Honolulu", in the Tokyo report: not the talks asked about
            }
            int scopeFrom = best > 0 && AT_WHICH.matcher(clauseText).lookingAt() ? antecedentStart(s.text(), r, best)
                    : best == 1 && frontedScene(s.text(), r) ? r.clauses().get(0).start() : clause.start();
            if (match == RoundFit.Match.MATCH && q.scope().selects() && !ask.selected().contains(s.articleId())
                    && !rounds.clauseNamesScope(q, s.articleId(), s.text().substring(scopeFrom, clause.end()), r, scopeFrom, clause.end())) {
                match = RoundFit.Match.MISMATCH; // another article names the round, but not in the clause that would answer
            }
            RoundFit.Match first = rounds.firstRoundFit(q, s.articleId(), s.text());
            if (first != RoundFit.Match.NEUTRAL) {
                match = first; // "when was the first round of us turkey talks": "It followed a first round in Washington in October"
                recalled = first == RoundFit.Match.MATCH; // the report recalls the round asked about, as it recalls the one before
            }
            out.add(new Prospect(h.ord(), rank, s, r, match, coverage, strictCoverage, fit, best, recalled, toldAt));
        }
        return out;
    }

    /**
     * The place that answers a question about the round, or rounds, before a report's own, from {@code span}, what the
     * sentence answers a question of places with: in a sentence that tells of earlier rounds, the latest of those it dates
     * ("… in Stockholm in April, …, the second, in Kuala Lumpur in June"), or all of them for "rounds", else the first it names after it starts telling of
     * them, not the round's own venue before ("held … at the Nakanoshima Crest Hotel, …, following sessions in Washington");
     * never the report's own place ("Dubai" of "The Dubai meeting was the third round").
     */
    private java.util.Optional<Span> preceding(Question q, Prospect p, Span span) {
        Sentence s = p.sentence();
        Round own = rounds.round(s.articleId());
        Predicate<String> ownPlace = place -> RoundFit.isOwnPlace(own, place);
        Span latest = p.toldAt() < 0 || own == null ? null : PlaceSpans.asksSeveral(q)
                ? PlaceSpans.allRecalled(q, p.reading(), s.text(), own, ownPlace)
                : PlaceSpans.latestRecalled(q, s.text(), p.reading(), own, ownPlace);
        if (latest != null) {
            // it answers as well as the sentence's best clause does
            return java.util.Optional.of(new Span(latest.text(), Math.max(span.fit(), Math.min(1, Spans.max(p.fit()))), latest.at()));
        }
        int at = span.at() >= 0 ? span.at() : s.text().indexOf(span.text());
        Span told = p.toldAt() < 0 || at >= p.toldAt() ? null : PlaceSpans.toldAfter(q, s.text(), p.reading(), p.toldAt(), ownPlace);
        if (told != null) {
            return java.util.Optional.of(new Span(told.text(), span.fit(), told.at()));
        }
        return ownPlace.test(span.text()) ? java.util.Optional.empty() : java.util.Optional.of(span);
    }

    /**
     * The sentences looked up for what they tell, though they say none of the question's words: to a venue question, those
     * of the rounds asked about that name a venue ("which hotel were the jan talks held at": "… met at the Kurucesme Palace
     * Hotel"); to a question of the next round, those that announce one ("next round where and when": "Both delegations
     * have tentatively set the seventh round for Cartagena").
     */
    private List<Integer> lookedUp(Ask ask) {
        java.util.function.IntPredicate tells;
        Collection<String> articles;
        Set<String> selected = ask.selected();
        boolean few = !selected.isEmpty() && selected.size() <= VENUE_ARTICLES_MAX;
        if (ask.q().type() == AnswerType.VENUE) {
            tells = ord -> index.reading(ord).names().stream().anyMatch(n -> n.kind() == Name.Kind.VENUE);
            // "which building were the talks held in": of the newest rounds, which a question that names none may mean
            articles = few ? selected : ask.ordered() != null ? List.of(ask.ordered())
                    : namesNoRound(ask.q()) ? rounds.newest(VENUE_ARTICLES_MAX) : List.of();
        } else if (ask.asksNext()) {
            tells = ord -> announcesNext(ask, index.sentence(ord), index.reading(ord));
            // each report announces its own next round: of the newest, which a question that names none may mean
            articles = few ? selected : namesNoRound(ask.q()) ? rounds.newest(VENUE_ARTICLES_MAX) : List.of();
        } else {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (String id : articles) {
            for (Sentence s : index.corpus().article(id).sentences()) {
                int ord = index.ord(s);
                if (!s.heading() && tells.test(ord)) {
                    out.add(ord);
                }
            }
        }
        return out;
    }

    /** Whether a question names no round, by a place or time of the corpus's rounds or by a city of none ("the talks in berlin"). */
    private static boolean namesNoRound(Question q) {
        return !q.scope().selects() && q.entities().stream().noneMatch(RoundFit::isCity);
    }

    /** The most rounds whose venues a venue question looks up: those it selects, or the newest when it names none. */
    private static final int VENUE_ARTICLES_MAX = 3;

    /** The most articles a selection of rounds may have for a search filtered by it (see {@link #prospects}). */
    static final int FILTERED_SEARCH_MAX = 2_000;

    /** Candidates this far below the best found still compete: on recency, when the question names no round. */
    private static final double COMPETING = 0.15;

    /** The most confidence a prospect could reach, whatever span it turns out to hold. */
    private double upperBound(Ask ask, Prospect p) {
        boolean about = aboutParties(ask.q(), p.sentence().articleId());
        double heuristic = p.coverage() * SPAN * (p.match() == RoundFit.Match.MISMATCH ? OTHER_ROUND : 1) * (about ? 1 : IN_PASSING);
        Features.Builder f = features(ask, p, about).set("heuristic", heuristic);
        return model.upperBound(f, List.of("span_found", "span_fit", "other_party", "heuristic", "round_place", "span_echo"));
    }

    private Features.Builder features(Ask ask, Prospect p, boolean about) {
        return new Features.Builder()
                .set("coverage", p.coverage())
                .set("strict_coverage", p.strictCoverage())
                .set("clause_answer", !needsSpan(ask.q()))
                .set("round_match", p.match() == RoundFit.Match.MATCH)
                .set("round_mismatch", p.match() == RoundFit.Match.MISMATCH)
                .set("in_passing", !about)
                .set("rank", 1.0 / p.rank())
                .set("unknown_share", ask.unknownShare())
                .type(ask.q().type());
    }

    private static boolean needsSpan(Question q) {
        return switch (q.type()) {
            case REASON, CLAUSE, YESNO -> false;
            default -> true;
        };
    }

    private Candidate candidate(Ask ask, Prospect p) {
        Question q = ask.q();
        Sentence s = p.sentence();
        SentenceReading r = p.reading();
        var span = SpanExtractor.extract(q, ask.also(), s.text(), r, ask.focus(), p.fit(), ask.side());
        LocalDate published = index.corpus().article(s.articleId()).info().published();
        if (span.isPresent() && ask.ahead() && (!Ahead.said(s.text(), r, published)
                || q.type() == AnswerType.DATE && !Ahead.datesAhead(span.get().text(), r, published))) {
            span = java.util.Optional.empty(); // "where is the next round": not a place the sentence recalls from the past
        }
        if (span.isPresent() && ask.preceded() && VenueCity.asks(q.type())) {
            span = preceding(q, p, span.get());
        }
        if (span.isPresent() && ask.past() && PastRound.announced(q, span.get(), s.text(), r, published, rounds.round(s.articleId()))) {
            span = java.util.Optional.empty(); // "which days were the talks held": not the days of the next round
        }
        if (span.isPresent() && ask.ownRound() && q.type() == AnswerType.DATE && !q.names(Entity.EntityType.PLACE) && PastRound.asksMeeting(q)
                && PastRound.recalled(span.get(), r, rounds.round(s.articleId())) && !clauseSaysMore(q, r, span.get())) {
            span = java.util.Optional.empty(); // "which days did they meet": not the days of an earlier round its report recalls
        }
        if (span.isPresent() && ask.asksOnset() && DateSpans.newsDayOnly(span.get().text(), s.text(), r, published)) {
            span = java.util.Optional.empty(); // "when does the cut take effect": not the day it was agreed on
        }
        boolean needsSpan = needsSpan(q);
        double factor;
        String shortAnswer;
        boolean placed = false;
        if (span.isPresent()) {
            factor = SPAN * (0.8 + 0.2 * Math.min(1, span.get().fit()));
            shortAnswer = span.get().text();
            if (VenueCity.asks(q.type()) && !ask.ahead() && p.match() != RoundFit.Match.MISMATCH && !p.recalled()
                    && !RoundFit.recallsWhatPreceded(s.text()) && !RoundFit.announces(s.text())) {
                shortAnswer = VenueCity.of(q.type(), shortAnswer, rounds.round(s.articleId()), r);
                placed = !shortAnswer.equals(span.get().text());
            }
            if (!placed) {
                shortAnswer = VenueCity.withSentenceCity(q.type(), shortAnswer, s.text(), r); // "…at the Lester B. Pearson Building" in Ottawa
            }
        } else {
            Span clause = SpanExtractor.clause(s.text(), r, p.fit(), SpanExtractor.asksThings(q));
            factor = needsSpan ? NO_SPAN : CLAUSE * (0.85 + 0.15 * Math.min(1, clause.fit()));
            shortAnswer = clause.text();
        }
        boolean denied = q.type() == AnswerType.YESNO && YesNo.denies(shortAnswer);
        if (denied) {
            shortAnswer = YesNo.NO + shortAnswer;
        }
        // the other parties that count against a sentence are those of the clause that answers, not of an aside
        var c = r.clauses().get(p.bestClause());
        String answering = s.text().substring(c.start(), c.end());
        // "who led the us side": a sentence that names the other side's leader too is what answers it; the span is on the side asked
        boolean sideAsked = q.type() == AnswerType.PERSON && ask.side().country() != null && span.isPresent();
        boolean namesPerson = q.names(Entity.EntityType.PERSON);
        boolean speakerAsked = q.type() == AnswerType.QUOTE && span.isPresent() && !namesPerson;
        // "which hotel hosted the tokyo talks": a sentence of the round the question names is about that round's parties
        // (a question that names a person still wants that person's sentences: "when did xi arrive in busan")
        boolean roundNamed = p.match() == RoundFit.Match.MATCH && q.scope().selects() && !namesPerson;
        double aboutOthers = roundNamed ? p.coverage() : weights.aboutOthers(q, p.coverage(), Vocabulary.words(answering),
                span.map(Span::text).orElse(null), sideAsked, speakerAsked, rounds.ownParties(q, s.articleId(), q.type() == AnswerType.VENUE || VenueCity.asks(q.type())));
        boolean about = aboutParties(q, s.articleId());
        double heuristic = aboutOthers * factor * (p.match() == RoundFit.Match.MISMATCH ? OTHER_ROUND : 1) * (about ? 1 : IN_PASSING);
        Features features = features(ask, p, about)
                .set("heuristic", heuristic)
                .set("span_found", span.isPresent())
                .set("span_fit", Math.min(1, span.map(Span::fit).orElse(0.0)))
                .set("other_party", aboutOthers < p.coverage())
                // on the answer as shown: a venue given its round's city (VenueCity) is that round's place, by design
                .set("round_place", span.isPresent() && (p.recalled() && isWhereOrWhen(q) || isRoundPlace(q, ask.selected(), p, shortAnswer)
                        || isRoundDays(q, p, span.get().text())))
                .set("span_echo", span.map(x -> echo(ask.echoed(), x.text())).orElse(0.0))
                .build();
        double confidence = model.probability(features);
        double score = confidence + (p.match() == RoundFit.Match.MATCH ? 1e-3 : 0) + 1e-5 / p.rank();
        if (LOG.isTraceEnabled()) {
            LOG.trace(String.format("candidate %.3f cov=%.3f %s %s | %s | %s", confidence, p.coverage(), p.match(),
                    s.articleId(), shortAnswer, s.text().substring(0, Math.min(90, s.text().length()))));
        }
        String opening = denied ? YesNo.NO : "";
        // shown only for the candidate that wins, unless the next sentence must be shown with it
        String withNext = span.isEmpty() && q.type() == AnswerType.REASON ? withNext(p, opening, next -> QuoteAfter.givesReason(next.text()))
                : span.isEmpty() && q.type() == AnswerType.CLAUSE ? withFollowing(p, opening)
                : q.type() == AnswerType.QUOTE || q.type() == AnswerType.REASON ? withQuoteAfter(p, opening) : null;
        Sentence next = withNext == null ? null : index.sentence(p.ord() + 1);
        String lead = placed ? shortAnswer + ". " : opening; // "Hanbit Tower, Seoul. The negotiations, held … at the Hanbit Tower …"
        java.util.function.Supplier<String> reply = withNext == null
                ? () -> Text.clip(lead + Shown.sentence(s.text(), r), Answer.REPLY_LIMIT)
                : () -> withNext;
        if (q.type() == AnswerType.TITLE && span.isPresent() && ask.speaker() != null) {
            String title = span.get().text();
            String statement = ask.speaker().name() + " is " + (Character.isUpperCase(title.charAt(0)) ? "the " : "") + title + ".";
            reply = () -> Text.clip(statement, Answer.REPLY_LIMIT); // the source shows the rest
        }
        return new Candidate(shortAnswer, reply, next == null ? List.of(s) : List.of(s, next), confidence, score,
                span.isPresent() || !needsSpan, features);
    }

    /** The most words of a sentence that only announces what the next one tells ("Aluminium remained the biggest sticking point."). */
    static final int ANNOUNCING_WORDS = 16;
    /** Room left in a reply for the "As of …: " that may open it. */
    private static final int AS_OF_ROOM = 40;

    /**
     * The reply of a short sentence that answers as a whole clause and of the one after it in the
     * same article ({@code opening} before both), when both fit in a reply; else null. What
     * "Aluminium remained the biggest sticking point." announces, the next sentence tells ("Turkey
     * had asked …, but U.S. negotiators insisted on stricter rules of origin …").
     */
    private String withFollowing(Prospect p, String opening) {
        Sentence s = p.sentence();
        if (isHeadline(s) || Spans.words(s.text()) > ANNOUNCING_WORDS) {
            return null;
        }
        return withNext(p, opening, next -> true);
    }

    /**
     * The reply of a sentence that reports what someone said and of the next one, when that one
     * goes on with their words in quotation marks ({@link QuoteAfter}) and both fit; else null.
     */
    private String withQuoteAfter(Prospect p, String opening) {
        return withNext(p, opening, next -> QuoteAfter.follows(p.sentence().text(), next.text(), index.reading(p.ord() + 1).speakerHint()));
    }

    /** The reply of a sentence and the next one of its article, when {@code goesOn} takes that one and both fit; else null. */
    private String withNext(Prospect p, String opening, java.util.function.Predicate<Sentence> goesOn) {
        Sentence s = p.sentence();
        if (p.ord() + 1 >= index.sentenceCount()) {
            return null;
        }
        Sentence next = index.sentence(p.ord() + 1);
        if (!next.articleId().equals(s.articleId()) || next.heading() || !goesOn.test(next)) {
            return null;
        }
        String both = opening + Shown.sentence(s.text(), p.reading()) + " " + Shown.sentence(next.text(), index.reading(p.ord() + 1));
        return both.length() <= Answer.REPLY_LIMIT - AS_OF_ROOM ? both : null;
    }

    private static boolean isWhereOrWhen(Question q) {
        return switch (q.type()) {
            case PLACE, CITY, VENUE, DATE -> true;
            default -> false;
        };
    }

    /**
     * The span is the place of the round the question picks by its time alone ("where did they
     * meet in april"), or a venue of the round it picks by its city ("which hotel hosted the osaka
     * talks"): what the question asks is where that round was held.
     */
    private boolean isRoundPlace(Question q, Set<String> selected, Prospect p, String span) {
        if (!(q.type() == AnswerType.PLACE || q.type() == AnswerType.CITY || q.type() == AnswerType.VENUE)) {
            return false;
        }
        if (q.type() == AnswerType.VENUE && p.match() == RoundFit.Match.MATCH && !q.scope().places().isEmpty() && selected.size() == 1
                && p.reading().names().stream().anyMatch(n -> n.kind() == Name.Kind.VENUE && span.contains(n.text()))
                && p.reading().names().stream().noneMatch(n -> (n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.COUNTRY)
                        && isOtherCity(q, n.text()) && !NameFinder.actsAsGovernment(p.sentence().text().substring(n.end())))) {
            return true; // "where in vienna were the talks held": a venue the report of the one Vienna round names
        }
        boolean byTime = p.match() == RoundFit.Match.MATCH && q.scope().places().isEmpty() && q.scope().from() != null;
        // "where are the talks": a question of nothing but the talks asks where its report's round is held, not
        // where an earlier one it recalls was ("last month's discussions in Geneva")
        boolean talksOnly = !q.scope().selects() && q.entities().isEmpty() && !Ahead.asked(q) && roundWords.containsAll(q.terms());
        if (!byTime && !talksOnly) {
            return false;
        }
        var round = rounds.round(p.sentence().articleId());
        return round != null && round.place() != null && Text.fold(span).contains(Text.fold(round.place()));
    }

    /**
     * The span is a day of the round the question picks by its place, and the question asks nothing
     * but when that round was ("what dates did the argentina round run"): not the day a truce runs to.
     */
    private boolean isRoundDays(Question q, Prospect p, String span) {
        if (q.type() != AnswerType.DATE || p.match() != RoundFit.Match.MATCH || q.scope().places().isEmpty()) {
            return false;
        }
        Set<String> rest = new java.util.HashSet<>(q.terms());
        rest.removeAll(q.scope().terms());
        rest.removeAll(roundWords);
        rest.removeAll(daysWords);
        var round = rounds.round(p.sentence().articleId());
        if (!rest.isEmpty() || round == null) {
            return false;
        }
        // not "when did it start": which of its days, the report's reading of the round is too rough to tell
        return DateFormat.says(span, round.from()) || DateFormat.says(span, round.to());
    }

    /** A city the question does not name: "Blair House in Washington" is no venue of the Singapore round its report recalls it in. */
    private static boolean isOtherCity(Question q, String place) {
        return WorldPlaces.get().isCity(place) && !q.scope().places().contains(Text.fold(place));
    }

    /** The share of the span's words the question already says ({@code asked}, its words): an answer that echoes the question tells little. */
    private static double echo(Set<String> asked, String span) {
        List<String> words = Vocabulary.words(span);
        int n = 0;
        int said = 0;
        for (String w : words) {
            if (w.length() >= 3) {
                n++;
                said += asked.contains(w) ? 1 : 0;
            }
        }
        return n == 0 ? 0 : said / (double) n;
    }

    private static int bestClause(double[] fit) {
        int best = 0;
        for (int i = 1; i < fit.length; i++) {
            if (fit[i] > fit[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The share of the question a sentence covers: its own words; the words of the round it
     * belongs to, when the question names that round; the name and titles of whom its "she
     * told reporters" stands for; the words of a round it tells of in other words ("following
     * meetings in …", or "In Geneva in April" for "the earlier round in geneva"); "held" and the
     * like, in a sentence that names a venue; "next", in a sentence that announces a round to come
     * (and only there, though the question's "next round" picks the newest report); and, for half, the words of the sentence
     * before it ("These shipments have slowed") and of its article's title.
     */
    private double coverage(Ask ask, int ord, SentenceReading r, RoundFit.Match match, boolean tellsEarlier, Set<String> own,
            boolean announces) {
        Question q = ask.q();
        Sentence s = index.sentence(ord);
        Set<String> previous = ord > 0 && index.sentence(ord - 1).articleId().equals(s.articleId())
                ? index.sentenceTerms(ord - 1) : Set.of();
        Set<String> title = index.titleTerms(s.articleId());
        Set<String> heading = index.headingTerms(ord);
        // "where is the next round": "the third round is scheduled to take place in Nairobi" announces it, in the newest
        // report or another; a sentence of the newest report that announces nothing ("the tariff will be removed from June 1")
        // does not, nor one that announces its report's own round ("are set to resume trade talks in Perth on Monday")
        Set<String> scope = match != RoundFit.Match.MATCH ? Set.of() : announces ? q.scope().terms() : without(q.scope().terms(), nextTerms);
        Set<String> next = announces ? nextTerms : Set.of();
        Set<String> pair = pairedPeople(q, s, previous, title);
        Set<String> speaker = pronouns.of(ord);
        Set<String> titled = ask.byTitle() ? pronouns.titlesOfNamed(ord) : Set.of(); // not "trade" in "the trade truce"
        // "when does the bigger steel quota kick in": "will rise … from January 1, 2028" says when it takes effect
        // what a sentence says of the question in other words than the question's
        Set<String> paraphrased = ask.asksOnset() && DateSpans.datesOnset(s.text(), r) ? onsetTerms
                // "deadline for china to drop the pork duty?": "and to lift a 10% retaliatory tariff on U.S. pork by March 15"
                : ask.asksDeadline() && DateSpans.datesDeadline(s.text(), r)
                ? deadlineTerms
                // "how did beijing describe the us port fees": 'called the U.S. fees "discriminatory"'
                : q.shape().asksDescription() && QuoteSpans.callsSomething(s.text()) ? describeTerms
                // "yuan move after the talks?": "The offshore yuan firmed 0.3% to 7.02" tells how it moved
                : "move".equals(q.shape().unit()) && FigureSpans.tellsMove(s.text(), r) ? moveTerms : Set.of();
        Set<String> earlier = tellsEarlier ? earlierTerms : ask.focus().sceneWordsSaid(s.text());
        // "which building were the talks held in": a sentence that names a venue says where they were held
        // (not one of a round it recalls or announces: "followed an earlier round at Lancaster House", "will meet again at …")
        Set<String> hosting = q.type() == AnswerType.VENUE && r.names().stream().anyMatch(n -> n.kind() == Name.Kind.VENUE)
                && !RoundFit.recallsWhatPreceded(s.text()) && !RoundFit.announces(s.text())
                ? hostingTerms : Set.of();
        // "where was the first round": "The talks were launched in Singapore" tells of it without saying "first"
        Set<String> launch = q.scope().order() == talkbot.intent.Scope.Order.FIRST && rounds.tellsLaunch(q, s.articleId(), s.text())
                ? q.scope().terms() : Set.of();
        return weights.coverage(q, t -> own.contains(t) || scope.contains(t) || heading.contains(t) || pair.contains(t)
                || speaker.contains(t) || titled.contains(t) || paraphrased.contains(t) || earlier.contains(t) || hosting.contains(t)
                || next.contains(t) || launch.contains(t) ? Weights.FULL
                : previous.contains(t) || title.contains(t) ? Weights.WEAK : Weights.NONE);
    }

    /** The terms of both sets: "next" beside a sentence's own when it announces a round to come, which says "next" in other words. */
    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * The sentence's terms as the question reads them: "It was the first such session since ministers met in London" says
     * "first" of no first round.
     */
    private Set<String> saidOf(Question q, int ord) {
        return q.scope().order() == talkbot.intent.Scope.Order.FIRST && RoundFit.firstOnlySince(index.sentence(ord).text())
                ? without(index.sentenceTerms(ord), q.scope().terms()) : index.sentenceTerms(ord);
    }

    /** Whether the sentence announces a round to come to a question of the next round, and not its report's own round. */
    private boolean announcesNext(Ask ask, Sentence s, SentenceReading r) {
        return ask.asksNext() && RoundFit.announces(s.text()) && !namesOnlyOwnPlace(s, r);
    }

    /**
     * Whether the places the sentence names are all its report's own round's ("are set to resume talks in Perth on
     * Monday", in a preview of the Perth round): not "after talks in Perth, they will meet again in Nairobi".
     */
    private boolean namesOnlyOwnPlace(Sentence s, SentenceReading r) {
        var round = rounds.round(s.articleId());
        boolean own = false;
        for (Name n : r.names()) {
            if (n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.VENUE) {
                if (!RoundFit.isOwnPlace(round, n.text())) {
                    return false;
                }
                own = true;
            }
        }
        return own;
    }

    private static Set<String> without(Set<String> terms, Set<String> left) {
        if (java.util.Collections.disjoint(terms, left)) {
            return terms;
        }
        Set<String> out = new HashSet<>(terms);
        out.removeAll(left);
        return out;
    }

    /** "The two leaders met ...", "both presidents": two people, named just before or in the title. */
    private static final java.util.regex.Pattern TWO_PEOPLE = java.util.regex.Pattern.compile("(?i)\\b(?:the two|both) (?:leaders|presidents|men|ministers|negotiators)\\b");

    /**
     * The name terms of the people the question names, when the sentence speaks of them as a pair
     * ("the two leaders") and the sentence before or the article's title names them.
     */
    private Set<String> pairedPeople(Question q, Sentence s, Set<String> previous, Set<String> title) {
        long people = q.entities().stream().filter(e -> e.type() == Entity.EntityType.PERSON).count();
        if (people != 2 || !TWO_PEOPLE.matcher(s.text()).find()) {
            return Set.of();
        }
        Set<String> terms = new java.util.HashSet<>();
        for (String t : q.nameTerms()) {
            if (previous.contains(t) || title.contains(t)) {
                terms.add(t);
            }
        }
        return terms;
    }

    /**
     * Every person, organisation and country the question names is in the sentence — or in the
     * one before, or is what its article is about (sentences leave their topic implicit: "The
     * bloc also agreed ...") — except the ones the whole corpus is about (China, the US here), the
     * place of the round the sentence belongs to, the person an opening "He" stands for, and, when
     * the question asks for a person, the other people it names ("who did Trump meet after von der Leyen").
     */
    private boolean namesAll(Question q, Entity speaker, Sentence s, SentenceReading r, RoundFit.Match match) {
        List<String> words = null;
        for (Entity e : q.entities()) {
            if (!EntityMatcher.isHard(e) || !weights.isParty(e)) {
                continue;
            }
            if (e.type() == Entity.EntityType.PERSON && q.type() == AnswerType.PERSON) {
                continue;
            }
            words = words == null ? r.words() : words;
            if (EntityMatcher.mentions(words, e)) {
                continue;
            }
            boolean pronounIsThem = r.speakerHint() != null && e.type() == Entity.EntityType.PERSON
                    && (opensWithPronoun(s.text()) || r.quotes().stream().anyMatch(x -> x.pronoun()))
                    && e.names().stream().anyMatch(n -> Text.fold(n).equals(Text.fold(r.speakerHint())));
            if (pronounIsThem) {
                continue;
            }
            if (e.equals(speaker)) {
                // what X said, who X is: X must be in the sentence, by name, as the "he" of it or in the titles
                // of whom it names ("… Vesterlund said", after "EU Trade Commissioner Henrik Vesterlund")
                if (e.type() != Entity.EntityType.PERSON && speaksFor(e, index.ord(s))) {
                    continue;
                }
                return false;
            }
            if (e.type() == Entity.EntityType.PERSON && speaker != null) {
                continue; // "what did France say about the deal with Trump": Trump is what it is about, not who speaks
            }
            if (rounds.about(s.articleId(), e)) {
                continue;
            }
            int ord = index.ord(s);
            if (ord > 0 && index.sentence(ord - 1).articleId().equals(s.articleId())
                    && EntityMatcher.mentions(Vocabulary.words(index.sentence(ord - 1).text()), e)) {
                continue;
            }
            if (match == RoundFit.Match.MATCH && isScopePlace(q, e)) {
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * Whether a person the sentence names, or its speaking "he", holds a title that names the
     * country or organisation {@code e} ("EU Trade Commissioner" for the EU).
     */
    private boolean speaksFor(Entity e, int ord) {
        Set<String> titles = new HashSet<>(pronouns.titlesOfNamed(ord));
        titles.addAll(pronouns.of(ord));
        if (titles.isEmpty()) {
            return false;
        }
        List<List<String>> names = entityTerms.computeIfAbsent(e,
                x -> x.names().stream().map(n -> List.copyOf(index.analysis().queryTerms(n))).filter(t -> !t.isEmpty()).toList());
        for (List<String> name : names) {
            if (titles.containsAll(name)) {
                return true; // all of one of its names: "United States", not "United" of "United Steelworkers President"
            }
        }
        return false;
    }

    /** Whom a "what did X say" or "who is X" question is about: the first person, organisation or country it names. */
    private Entity subject(Question q) {
        if (q.type() != AnswerType.QUOTE && q.type() != AnswerType.TITLE) {
            return null;
        }
        List<String> words = null;
        for (Entity e : q.entities()) {
            if (e.type() == Entity.EntityType.COUNTRY) {
                words = words == null ? Vocabulary.words(q.corrected()) : words;
                if (describesAnother(words, e)) {
                    continue; // "how did swiss farm groups react": the farm groups speak, not Switzerland
                }
            }
            if (e.type() == Entity.EntityType.PERSON || e.type() == Entity.EntityType.ORG || e.type() == Entity.EntityType.COUNTRY) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether the question names the country only by its adjective, before a noun ("swiss farm
     * groups"), not before a verb ("the swiss said") or a title ("the german chancellor").
     */
    private boolean describesAnother(List<String> words, Entity country) {
        boolean named = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (country.names().stream().noneMatch(n -> n.equalsIgnoreCase(w))) {
                continue;
            }
            boolean adjective = WorldPlaces.get().isAdjective(w);
            List<String> next = i + 1 < words.size() ? index.analysis().queryTerms(words.get(i + 1)) : List.of();
            boolean title = i + 1 < words.size() && TitleWords.isHead(words.get(i + 1)); // "the german chancellor": Germany's, by their title
            if (!adjective || next.isEmpty() || next.equals(SAY) || title || government.containsAll(next)) {
                return false;
            }
            named = true;
        }
        return named;
    }

    /** Whether the sentence's article is about the parties the question names (not one that mentions them in passing). */
    private boolean aboutParties(Question q, String articleId) {
        for (Entity e : q.entities()) {
            if (e.type() == Entity.EntityType.COUNTRY && weights.isParty(e) && !rounds.about(articleId, e)) {
                return false;
            }
        }
        return true;
    }

    /** A heading, or the article's title line: it says what happened, never why. */
    private boolean isHeadline(Sentence s) {
        return s.heading() || s.number() == 1 && Text.fold(s.text()).equals(Text.fold(index.corpus().article(s.articleId()).info().title()));
    }

    /** The article's first sentence of prose, after its title: it sums up what happened. */
    private boolean isLede(Sentence s) {
        var sentences = index.corpus().article(s.articleId()).sentences();
        for (Sentence x : sentences) {
            if (!isHeadline(x)) {
                return x.number() == s.number();
            }
        }
        return false;
    }

    private static boolean isScopePlace(Question q, Entity e) {
        for (String n : e.names()) {
            if (q.scope().places().contains(Text.fold(n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A clause that tells what happened at the round the clause before it names: "… a session in
     * Honolulu on Nov. 8 and 9, 2027, at which Washington agreed to freeze …".
     */
    private static final Pattern AT_WHICH = Pattern.compile("(?i)(?:at|during|in)\\s+which\\b|where\\b|when\\s+(?!will|would|did|do|does|asked|pressed|questioned)\\b");

    /** A sentence that opens with where or when its main clause happened: "In Geneva in May, the first round produced …". */
    private static final Pattern FRONTED = Pattern.compile("(?:[-•*]\\s*)?(?:In|At|During|On)\\s");

    /** The most words of an opening phrase of place and time: "In Geneva in May", "At the previous round in Lisbon". */
    private static final int SCENE_WORDS = 7;

    /**
     * Whether the sentence opens with a phrase of only where and when ("In Geneva in May, the first
     * round produced …"), not "In a statement," or "At the same time,".
     */
    private static boolean frontedScene(String text, SentenceReading r) {
        if (!FRONTED.matcher(text).lookingAt() || r.clauses().size() < 2) {
            return false;
        }
        int end = r.clauses().get(0).end();
        if (Vocabulary.words(text.substring(r.clauses().get(0).start(), end)).size() > SCENE_WORDS) {
            return false;
        }
        return r.dates().stream().anyMatch(d -> d.start() < end) || r.names().stream().anyMatch(n -> n.start() < end
                && (n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.VENUE || n.kind() == Name.Kind.COUNTRY));
    }

    /** Where the clause that an "at which" clause refers back to starts: the clause before it, or before a year cut off by a comma. */
    private static int antecedentStart(String text, SentenceReading r, int clause) {
        int k = clause - 1;
        while (k > 0 && Vocabulary.words(text.substring(r.clauses().get(k).start(), r.clauses().get(k).end())).size() < 3) {
            k--; // "… on Nov. 8 and 9, | 2027, | at which …"
        }
        return r.clauses().get(k).start();
    }

    private static final Pattern OPENS_WITH_PRONOUN = Pattern.compile("^(?:He|She)\\s+\\p{Ll}.*");

    static boolean opensWithPronoun(String text) {
        return OPENS_WITH_PRONOUN.matcher(text).matches();
    }

    static boolean typed(AnswerType t) {
        return t != AnswerType.REASON && t != AnswerType.CLAUSE && t != AnswerType.YESNO;
    }
}
