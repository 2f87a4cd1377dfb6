package talkbot.answer;

import talkbot.intent.Intent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Fact;
import talkbot.corpus.FactKind;
import talkbot.corpus.Sentence;
import talkbot.corpus.Text;
import talkbot.index.CorpusIndex;
import talkbot.index.CorpusIndex.FactTerms;
import talkbot.index.Hit;
import talkbot.index.SentenceReading;
import talkbot.index.Vocabulary;
import talkbot.intent.AnswerType;
import talkbot.intent.EntityMatcher;
import talkbot.intent.Question;
import talkbot.reading.Name;

/**
 * Answers from structured facts. A fact has a subject and a value: a question that matches the
 * subject is answered with the value (who leads China's delegation → He Lifeng), one that matches
 * the value with the subject (who is the Trade Representative → Jamieson Greer). Every entity the
 * question names must appear in the fact, and the confidence is the share of the question's
 * weight the fact covers.
 */
final class FactRanker {
    private static final int CANDIDATES = 24;
    private static final float SUBJECT = 3f;
    private static final float CONTEXT = 2f;
    private static final float VALUE = 1.5f;
    private static final float SENTENCE = 0.5f;

    private final CorpusIndex index;
    private final Weights weights;
    /** Per fact, computed once: the words of all of it, of its subject, of subject and context; the subject's weight. */
    private final List<List<String>> factWords = new ArrayList<>();
    private final List<List<String>> subjectWords = new ArrayList<>();
    private final List<List<String>> subjectContextWords = new ArrayList<>();
    private final float[] subjectWeight;
    /** The terms "lead" analyzes to (with its synonyms): a question holding one asks for a delegation's leader. */
    private final List<String> leadTerms;

    private final RoundFit rounds;

    private final ConfidenceModel model;
    private final Sides sides;

    FactRanker(CorpusIndex index, Weights weights, RoundFit rounds, ConfidenceModel model, Sides sides) {
        this.model = model;
        this.index = index;
        this.weights = weights;
        this.rounds = rounds;
        this.sides = sides;
        List<Fact> facts = index.corpus().facts();
        this.subjectWeight = new float[facts.size()];
        this.leadTerms = index.analysis().queryTerms("lead");
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            factWords.add(Vocabulary.words(f.subject() + " " + f.value() + " " + f.context() + " "
                    + (f.side() == null ? "" : f.side()) + " " + f.sentence().text()));
            subjectWords.add(Vocabulary.words(f.subject()));
            subjectContextWords.add(Vocabulary.words(f.subject() + " " + f.context()));
            subjectWeight[i] = weights.sum(index.factTerms(i).subject());
        }
    }

    static Set<FactKind> kindsFor(Intent intent) {
        return switch (intent) {
            case WHO -> EnumSet.of(FactKind.MEMBER, FactKind.ROLE, FactKind.QUOTE);
            case ROLE -> EnumSet.of(FactKind.ROLE, FactKind.MEMBER);
            case WHERE -> EnumSet.of(FactKind.PLACE);
            case WHEN -> EnumSet.of(FactKind.TIME);
            case HOW_MUCH -> EnumSet.of(FactKind.FIGURE);
            case SAY -> EnumSet.of(FactKind.QUOTE);
            case WHY -> EnumSet.of(FactKind.ISSUE, FactKind.WANT, FactKind.TOPIC, FactKind.EVENT);
            case WHAT -> EnumSet.allOf(FactKind.class);
            default -> EnumSet.noneOf(FactKind.class);
        };
    }

    /** The kinds of fact that can hold an answer of the type a question asks for; what its intent allows otherwise. */
    static Set<FactKind> kindsFor(Question q) {
        return switch (q.type()) {
            case PLACE, CITY, COUNTRY, VENUE -> EnumSet.of(FactKind.PLACE);
            case DATE -> EnumSet.of(FactKind.TIME);
            case FIGURE, DURATION -> EnumSet.of(FactKind.FIGURE);
            case QUOTE -> EnumSet.of(FactKind.QUOTE);
            case FREQUENCY, ORDINAL -> EnumSet.noneOf(FactKind.class);
            case PERSON, TITLE, ORG -> namedBy(kindsFor(q.intent()));
            case YESNO -> without(kindsFor(q.intent()), FactKind.TIME, FactKind.PLACE); // "did they reach a deal on cars": not "May"
            default -> kindsFor(q.intent());
        };
    }

    private static Set<FactKind> without(Set<FactKind> kinds, FactKind... dropped) {
        Set<FactKind> out = EnumSet.noneOf(FactKind.class);
        out.addAll(kinds);
        out.removeAll(java.util.List.of(dropped));
        return out;
    }

    /** Of the kinds an intent allows, those a name or a title can be the value of: not a quote, a figure or a time. */
    private static Set<FactKind> namedBy(Set<FactKind> kinds) {
        if (kinds.isEmpty()) {
            return EnumSet.of(FactKind.MEMBER, FactKind.ROLE);
        }
        Set<FactKind> named = without(kinds, FactKind.QUOTE, FactKind.FIGURE, FactKind.TIME);
        return named.isEmpty() ? EnumSet.of(FactKind.MEMBER, FactKind.ROLE) : named;
    }

    /** The best answer from facts, if any fact fits. */
    Optional<Candidate> best(Question q) {
        Set<FactKind> kinds = kindsFor(q);
        if (weights.sum(q.terms()) <= 0) {
            return Optional.empty();
        }
        boolean preceded = RoundFit.asksWhatPreceded(q) || RoundFit.asksWhatPrecededThis(q);
        if (preceded && q.type() == AnswerType.CLAUSE) {
            kinds = without(kinds, FactKind.PLACE, FactKind.TIME, FactKind.FIGURE, FactKind.MEMBER, FactKind.ROLE); // an outcome: not "Geneva", "He Lifeng"
        }
        Set<String> selected = rounds.selected(q);
        String ordered = rounds.ordered(q);
        List<Entity> hard = q.entities().stream().filter(EntityMatcher::isHard)
                .filter(e -> e.names().stream().noneMatch(n -> q.scope().places().contains(Text.fold(n)))).toList();
        Asked asked = Asked.of(q);
        Sides.Asked side = q.type() == AnswerType.PERSON ? sides.asked(q) : null;
        Scored best = null;
        for (Hit h : index.searchFacts(q.terms(), kinds, CANDIDATES)) {
            Sentence source = index.fact(h.ord()).sentence();
            if (preceded && !RoundFit.recallsWhatPreceded(source.text())) {
                continue; // "what came out of the round before this one": a fact of a sentence that recalls it, not of the report's own round
            }
            RoundFit.Match match = rounds.of(q, selected, ordered, source, index.reading(index.ord(source)));
            if (match == RoundFit.Match.MATCH && rounds.speaksOfOtherRound(q, selected, source.text())) {
                match = RoundFit.Match.MISMATCH; // "a truce agreed during talks in Switzerland", in the London report
            }
            if (match == RoundFit.Match.MISMATCH) {
                continue; // a fact of another round than the one the question names
            }
            if (side != null && onOtherSide(side, index.fact(h.ord()))) {
                continue; // "who was the swedish minister": not the Chinese vice minister who led the talks there
            }
            Set<String> scope = match == RoundFit.Match.MATCH ? q.scope().terms() : Set.of();
            Scored s = score(q, asked, hard, h.ord(), scope, match);
            if (s != null && (best == null || s.score > best.score || (s.score == best.score && s.ord < best.ord))) {
                // equal scores: the fact written first wins, whatever order the search returned them in
                best = s;
            }
        }
        return best == null ? Optional.empty() : Optional.of(answer(q, best));
    }

    /** Whether the fact is of a person (its value, or the subject of a title) its sentence or the corpus puts on another side than the one asked. */
    private boolean onOtherSide(Sides.Asked side, Fact f) {
        Sentence source = f.sentence();
        SentenceReading r = index.reading(index.ord(source));
        for (Name n : r.names()) {
            if (n.kind() == Name.Kind.PERSON && (n.text().equals(f.value()) || n.text().equals(f.subject()))) {
                return side.otherSide(source.text(), r, n, PersonSpans.fullTitle(source.text(), n));
            }
        }
        return false;
    }

    private record Scored(int ord, double score, double coverage, boolean answerIsSubject, RoundFit.Match match) {}

    private static final Pattern SAY_VERB = Pattern.compile("\\b(said|say|says|saying|quoted|stated|remarked|told|wrote|posted)\\b");
    private static final Pattern WANTS_COUNTRY = Pattern.compile("\\b(country|countries|nation|nations)\\b");
    private static final Pattern WANTS_CITY = Pattern.compile("\\b(city|cities|town)\\b");

    /** What the question's wording asks for, read once per question: a country or a city; a speaker ("who said"); its folded text. */
    private record Asked(Entity.EntityType place, boolean speaker, String folded) {
        static Asked of(Question q) {
            String folded = Text.fold(q.corrected());
            boolean country = WANTS_COUNTRY.matcher(folded).find();
            boolean city = WANTS_CITY.matcher(folded).find();
            Entity.EntityType place = country == city ? null
                    : country ? Entity.EntityType.COUNTRY : Entity.EntityType.PLACE;
            return new Asked(place, SAY_VERB.matcher(folded).find(), folded);
        }
    }

    private Scored score(Question q, Asked asked, List<Entity> hard, int ord, Set<String> scope, RoundFit.Match match) {
        Fact f = index.fact(ord);
        // every person, organisation and country the question names must be in the fact
        for (Entity e : hard) {
            if (!EntityMatcher.mentions(factWords.get(ord), e)) {
                return null;
            }
        }
        if (f.kind() == FactKind.PLACE && !placeFits(asked, f)) {
            return null;
        }
        if (q.type() == AnswerType.YESNO && (f.kind() == FactKind.MEMBER
                || f.kind() == FactKind.ROLE && talkbot.lexicon.WorldPlaces.get().country(f.subject()).isEmpty())
                && !asked.folded().contains(Text.fold(f.value())) && !q.terms().containsAll(index.analysis().queryTerms(f.value()))) {
            // "did keir starmer meet them": not a person's title or team, unless the question asks it ("is greer the us trade
            // representative?"); a country's role still answers ("is britain taking part": "hosting the talks")
            return null;
        }
        if (q.type() == AnswerType.VENUE && (talkbot.lexicon.WorldPlaces.get().isCity(f.value())
                || talkbot.lexicon.WorldPlaces.get().country(f.value()).isPresent())) {
            return null; // "which building" is not answered by a city or a country
        }
        if (!answersWithSubjectKind(f.kind(), q) && asked.folded().contains(Text.fold(f.value()))) {
            return null; // the question already says the value: "what building were the Geneva talks held in" is not "Geneva"
        }
        FactTerms t = index.factTerms(ord);
        // each term counts once, in the first part of the fact that holds it: subject, context, value, sentence
        float subject = 0;
        float context = 0;
        float value = 0;
        float sentence = 0;
        float anyValue = 0;
        for (String term : q.terms()) {
            float w = weights.of(term);
            boolean inValue = t.value().contains(term);
            if (t.subject().contains(term)) {
                subject += w;
            } else if (t.context().contains(term)) {
                context += w;
            } else if (inValue) {
                value += w;
            } else if (t.sentence().contains(term)) {
                sentence += w;
            }
            if (inValue) {
                anyValue += w;
            }
        }
        double coverage = weights.aboutOthers(q, weights.coverage(q, term ->
                t.subject().contains(term) || t.context().contains(term) || t.value().contains(term) || scope.contains(term) ? Weights.FULL
                        : t.sentence().contains(term) ? Weights.WEAK : Weights.NONE), subjectWords.get(ord), null, false, false,
                rounds.ownParties(q, f.sentence().articleId(), false));

        boolean answerIsSubject = answersWithSubject(q, asked, f.kind(), subject + context, value);
        if (q.intent() == Intent.WHO && f.kind() == FactKind.QUOTE && !answerIsSubject) {
            return null; // a quote answers "who said", not "who leads"
        }
        if (answerIsSubject && (subject > 0 || anyValue <= 0)) {
            return null; // asks for the subject ("who is the Trade Representative"): must name the value, not the subject
        }
        boolean needsSubject = q.intent() == Intent.ROLE || q.intent() == Intent.SAY;
        if (needsSubject && subject <= 0 && !hard.isEmpty()
                && !EntityMatcher.mentions(subjectContextWords.get(ord), hard.get(0))) {
            return null;
        }
        double focus = 0;
        if (f.kind() == FactKind.MEMBER) {
            for (Entity e : hard) {
                if (e.type() == Entity.EntityType.COUNTRY && !EntityMatcher.mentions(subjectContextWords.get(ord), e)
                        && !EntityMatcher.mentions(Vocabulary.words(f.value()), e)) {
                    return null; // "who headed the American team" is not answered by who heads the Chinese one
                }
            }
        }
        if (!hard.isEmpty()) {
            List<String> words = subjectWords.get(ord);
            if (EntityMatcher.mentions(words, hard.get(0))) {
                focus = 1;
            } else if (hard.stream().skip(1).anyMatch(e -> EntityMatcher.mentions(words, e))) {
                return null; // about another party the question names ("what does Washington want from Beijing")
            }
        }
        double precision = subjectWeight[ord] <= 0 ? 0 : subject / subjectWeight[ord];
        double score = SUBJECT * subject + CONTEXT * context + VALUE * value + SENTENCE * sentence + precision + focus;
        return new Scored(ord, score, coverage, answerIsSubject, match);
    }

    private static boolean answersWithSubjectKind(FactKind kind, Question q) {
        return kind == FactKind.ROLE && (q.intent() == Intent.WHO || q.intent() == Intent.WHAT);
    }

    /** "Which country" wants a country, "which city" a city: a place fact of the other sort does not fit. */
    private boolean placeFits(Asked asked, Fact f) {
        if (asked.place() == null) {
            return true;
        }
        List<String> valueWords = Vocabulary.words(f.value());
        for (Entity e : index.corpus().entities()) {
            if (EntityMatcher.mentions(valueWords, e)) {
                return e.type() == asked.place();
            }
        }
        return true;
    }

    /** Whether the question names the value and asks for the subject ("who is the Trade Representative"). */
    private static boolean answersWithSubject(Question q, Asked asked, FactKind kind, float subjectSide, float valueSide) {
        Intent intent = q.intent();
        if (intent == Intent.WHO && kind == FactKind.ROLE) {
            return true;
        }
        if (intent == Intent.WHO && kind == FactKind.QUOTE) {
            return asked.speaker(); // "who said ..."
        }
        return intent == Intent.WHAT && kind == FactKind.ROLE && valueSide > subjectSide;
    }

    private Candidate answer(Question q, Scored s) {
        Fact f = index.fact(s.ord);
        List<Sentence> sources = new ArrayList<>();
        sources.add(f.sentence());
        String shortAnswer;
        String reply;
        if (f.kind() == FactKind.MEMBER) {
            List<Fact> group = delegation(q, f);
            List<String> names = new ArrayList<>();
            for (Fact g : group) {
                names.add(g.value());
                if (!sources.contains(g.sentence())) {
                    sources.add(g.sentence());
                }
            }
            shortAnswer = Replies.list(names);
            boolean lead = group.size() == 1 && group.get(0).lead();
            reply = lead
                    ? shortAnswer + " leads the " + f.subject() + " delegation."
                    : "The " + f.subject() + " delegation includes " + shortAnswer + ".";
        } else if (s.answerIsSubject) {
            shortAnswer = f.subject();
            reply = f.kind() == FactKind.ROLE ? Replies.statement(f) : shown(f.sentence());
        } else if (f.kind() == FactKind.QUOTE) {
            // one clean quotation: "tell me more" gives the next
            shortAnswer = Replies.quotation(f.value(), Answer.SHORT_LIMIT);
            reply = Replies.statement(f);
        } else if (f.kind() == FactKind.ROLE) {
            shortAnswer = f.value();
            reply = Replies.statement(f);
        } else {
            shortAnswer = f.value();
            reply = shown(f.sentence()); // the article's own prose says it best
        }
        Features features = new Features.Builder()
                .set("heuristic", s.coverage)
                .set("coverage", s.coverage)
                .set("strict_coverage", s.coverage)
                .set("span_found", true)
                .set("span_fit", 1)
                .set("round_match", s.match == RoundFit.Match.MATCH)
                .set("rank", 1)
                .set("unknown_share", weights.unknownShare(q))
                .set("fact", true)
                .type(q.type())
                .build();
        double confidence = model.probability(features);
        String shown = reply;
        return new Candidate(shortAnswer, () -> shown, sources, confidence, confidence, true, features);
    }

    private String shown(Sentence s) {
        return Shown.sentence(s.text(), index.reading(index.ord(s)));
    }

    /**
     * The members of the same delegation at the same round (the fact's own article: delegations
     * change from round to round), each named once; only the leader when the question asks who leads.
     */
    private List<Fact> delegation(Question q, Fact f) {
        List<Fact> group = new ArrayList<>();
        List<Fact> leaders = new ArrayList<>();
        java.util.Set<String> named = new java.util.HashSet<>();
        java.util.Set<String> led = new java.util.HashSet<>();
        for (Fact g : index.corpus().facts()) {
            if (g.kind() == FactKind.MEMBER && g.subject().equals(f.subject())
                    && g.sentence().articleId().equals(f.sentence().articleId())) {
                if (named.add(g.value())) {
                    group.add(g);
                }
                if (g.lead() && led.add(g.value())) {
                    leaders.add(g); // a name given first as a member, then as the lead, leads
                }
            }
        }
        boolean asksLead = q.terms().stream().anyMatch(leadTerms::contains);
        return asksLead && !leaders.isEmpty() ? leaders : group;
    }

}
