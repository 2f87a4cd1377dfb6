package talkbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import talkbot.corpus.Round;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.index.Vocabulary;
import talkbot.intent.AnswerType;
import talkbot.intent.Question;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Name;
import talkbot.reading.NameFinder;
import talkbot.time.DateMention;

/** The place, venue or country a sentence answers with: the one the question's words put in the answer's slot. */
final class PlaceSpans {
    private PlaceSpans() {}

    static Span named(Question q, String sentence, SentenceReading r, double[] at, Set<Name.Kind> kinds) {
        Name best = null;
        double bestFit = -1;
        for (Name n : r.names()) {
            if (kinds.contains(n.kind()) && !Spans.asked(q, n.text()) && Spans.fitOf(at, r.clauseAt(n.start())) > bestFit) {
                best = n;
                bestFit = Spans.fitOf(at, r.clauseAt(n.start()));
            }
        }
        if (best == null) {
            return null;
        }
        if (kinds.contains(Name.Kind.COUNTRY)) {
            // "Russian and Iranian oil": every country of the clause, by its name
            List<String> countries = new ArrayList<>();
            int clause = r.clauseAt(best.start());
            Set<Name> listed = listedWith(sentence, r, best); // "including Thailand, Indonesia and Malaysia", across commas
            for (Name n : r.names()) {
                if (n.kind() == Name.Kind.COUNTRY && (r.clauseAt(n.start()) == clause || listed.contains(n)) && !Spans.asked(q, n.text())) {
                    // "Russian" is written as Russia; "UK" stays as the article writes it
                    boolean adjective = WorldPlaces.get().isAdjective(n.text());
                    String name = adjective ? WorldPlaces.get().country(n.text()).get().name() : n.text();
                    if (!countries.contains(name) && countries.size() < 4) {
                        countries.add(name);
                    }
                }
            }
            return new Span(Replies.list(countries), bestFit);
        }
        return new Span(best.text(), bestFit);
    }

    /**
     * "Geneva in May, London in June, Stockholm in July": the place written with the time the
     * question names ("where did they meet in july"), or null when none is.
     */
    private static Name datedAsAsked(Question q, String sentence, SentenceReading r, Set<Name.Kind> kinds) {
        if (!q.scope().hasTime()) {
            return null;
        }
        for (Name n : r.names()) {
            if (!kinds.contains(n.kind()) || Spans.asked(q, n.text())) {
                continue;
            }
            for (DateMention d : r.dates()) {
                if (d.start() >= n.end() && DatedPlaces.AFTER_PLACE.matcher(sentence.substring(n.end(), d.start())).matches()
                        && q.scope().anyYear(d::overlaps)) {
                    return n;
                }
            }
        }
        return null;
    }

    /**
     * "The Monterrey meeting was the second round, following a first round held in Washington": the
     * place written after the first round, when the question asks where the first round was; or null.
     */
    private static Name firstAsAsked(Question q, String sentence, SentenceReading r, List<Set<Name.Kind>> preference) {
        if (q.scope().order() != talkbot.intent.Scope.Order.FIRST) {
            return null;
        }
        for (Name n : r.names()) {
            if (preference.stream().anyMatch(kinds -> kinds.contains(n.kind())) && !Spans.asked(q, n.text())
                    && FIRST_BEFORE.matcher(sentence.substring(Math.max(0, n.titleStart() - 60), n.titleStart())).find()) {
                return n;
            }
        }
        return null;
    }

    /** What comes before the place of a first round: "a first round held in ", "The first round, in ", "the opening session at the ". */
    private static final Pattern FIRST_BEFORE = Pattern.compile(
            "(?i)\\b(?:first|initial|opening|inaugural)\\s+(?:round|meeting|session|talks|negotiations)(?:\\s+of\\s+(?:the\\s+)?talks)?,?"
                    + "\\s+(?:(?:was\\s+)?(?:held|took place)\\s+)?(?:in|at)\\s+(?:the\\s+)?$");

    /**
     * "Where was the round before this one", over "The first round, in Stockholm in April, …, while the second, in Kuala Lumpur
     * in June, …": of the places the sentence dates before the days of {@code round}, its report's, the one of the latest time
     * (a month it names that would fall after the report is last year's); not the report's own; null when fewer than two
     * places are so dated, or the question asks for several.
     */
    static Span latestRecalled(Question q, String sentence, SentenceReading r, Round round, Predicate<String> own) {
        if (asksSeveral(q)) {
            return null;
        }
        List<DatedPlaces.DatedPlace> dated = recalledBefore(q, sentence, r, round, own);
        DatedPlaces.DatedPlace latest = null;
        for (DatedPlaces.DatedPlace d : dated) {
            if (latest == null || d.day().isAfter(latest.day())) {
                latest = d;
            }
        }
        return dated.size() >= 2 ? new Span(latest.place().text(), 1, latest.place().start()) : null;
    }

    /**
     * "Where were the earlier rounds held", over "following meetings in Washington in October and New Delhi in December": the
     * places the sentence dates before the days of {@code round}, its report's, in the order written; null when fewer than two
     * are so dated.
     */
    static Span allRecalled(Question q, SentenceReading r, String sentence, Round round, Predicate<String> own) {
        List<String> names = new ArrayList<>();
        int at = -1;
        for (DatedPlaces.DatedPlace d : recalledBefore(q, sentence, r, round, own)) {
            Name n = d.place();
            if (!names.contains(n.text()) && names.size() < 4) {
                names.add(n.text());
                at = at < 0 ? n.start() : at;
            }
        }
        return names.size() >= 2 ? new Span(Replies.list(names), 1, at) : null;
    }

    /** The places the sentence dates before the days of {@code round}, its report's: not asked, quoted nor the report's own. */
    private static List<DatedPlaces.DatedPlace> recalledBefore(Question q, String sentence, SentenceReading r, Round round, Predicate<String> own) {
        List<DatedPlaces.DatedPlace> out = new ArrayList<>();
        for (DatedPlaces.DatedPlace d : DatedPlaces.of(sentence, r, round.published(), true)) {
            Name n = d.place();
            if (!Spans.asked(q, n.text()) && !Spans.quoted(r, n) && !own.test(n.text()) && d.day().isBefore(round.from())) {
                out.add(d);
            }
        }
        return out;
    }

    /** Whether the question asks for several places: "where were the earlier rounds held", "which cities". */
    static boolean asksSeveral(Question q) {
        return SEVERAL.matcher(Text.fold(q.corrected())).find();
    }

    /**
     * The first place or venue the sentence names from {@code from} on (with those listed with it, for a question that asks for
     * several), not one the question names nor the report's own; or null.
     */
    static Span toldAfter(Question q, String sentence, SentenceReading r, int from, Predicate<String> own) {
        for (Name n : r.names()) {
            if (n.start() >= from && DatedPlaces.placeLike(n)
                    && !Spans.asked(q, n.text()) && !Spans.quoted(r, n) && !own.test(n.text())) {
                return new Span(asksSeveral(q) ? together(q, sentence, r, n) : n.text(), 1, n.start());
            }
        }
        return null;
    }


    /** The names of the same kind listed with {@code n}, one after another with only commas and "and" between. */
    private static Set<Name> listedWith(String sentence, SentenceReading r, Name n) {
        List<Name> same = r.names().stream().filter(m -> m.kind() == n.kind()).toList();
        int at = same.indexOf(n);
        Set<Name> out = new HashSet<>();
        out.add(n);
        for (int i = at + 1; i < same.size() && listGap(sentence, r, same.get(i - 1), same.get(i)); i++) {
            out.add(same.get(i));
        }
        for (int i = at - 1; i >= 0 && listGap(sentence, r, same.get(i), same.get(i + 1)); i--) {
            out.add(same.get(i));
        }
        return out;
    }

    /** Only commas and "and" between two names; ", and" joins two clauses ("from Iceland, and Denmark buys …") unless one clause holds both. */
    private static boolean listGap(String sentence, SentenceReading r, Name a, Name b) {
        if (a.end() > b.start()) {
            return false;
        }
        String gap = sentence.substring(a.end(), b.start());
        return Spans.ROW_GAP.matcher(gap).matches() && (!gap.matches(",\\s*and\\s+") || r.clauseAt(a.start()) == r.clauseAt(b.start()));
    }

    /** An event named after an organisation happens somewhere; it is not the place. */
    private static final Pattern EVENT_AFTER = Pattern.compile("(?i)\\s+(?:summit|meeting|meetings|talks|forum|conference|gathering|session|ministerial)\\b");

    /** "on his Truth Social platform", "on the Weibo account": where something was posted or said. */
    private static final Pattern ON_MEDIUM_BEFORE = Pattern.compile("(?i)\\bon\\s+(?:his|her|its|their|the|a)?\\s*$");

    private static final Pattern MEDIUM_AFTER = Pattern.compile(
            "(?i)\\s+(?:platform|website|site|account|channel|app|feed|page|network|programme|program|show|podcast|blog)\\b");

    /** A question about where something was said or posted, which a medium answers; otherwise a place answers. */
    private static final Pattern ASKS_MEDIUM = Pattern.compile(
            "(?i)\\b(?:post|posts|posted|posting|announce|announced|announces|say|said|says|write|wrote|written|tweet|tweeted"
                    + "|publish|published|respond|responded|reply|replied|share|shared|declare|declared|unveil|unveiled|react|reacted)\\b");

    /** A street's name: where a building stands, not the building. */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\s(?:street|avenue|road|boulevard|lane|drive)$");

    /** Where an institution's building is the place: "at the White House", not "returned to", "officials from" or "near" it. */
    private static final Pattern AT_ORG = Pattern.compile("(?i)\\b(?:at|in|inside|outside)\\s+(?:the\\s+)?$");

    /** Right before a name that is a building only by where it stands in the sentence: "met … at Vanijya Bhawan". */
    private static final Pattern AT_ONLY = Pattern.compile("(?i)\\bat\\s+(?:the\\s+)?$");

    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:at|in|inside|outside|to|from|near|across|throughout)\\s+(?:the\\s+)?$");

    /** A place the world list knows neither as a city nor as a country: "Vanijya Bhawan", "Jongno", "the Charlemagne building". */
    static boolean unlisted(Name n) {
        return n.kind() == Name.Kind.PLACE && !WorldPlaces.get().isCity(n.text()) && WorldPlaces.get().country(n.text()).isEmpty();
    }

    /** The place of the kind asked for, trying each group of kinds in turn: a venue before a city, or the other way round. */
    static Span place(Question q, String sentence, SentenceReading r, double[] at, List<Set<Name.Kind>> preference, boolean citiesFirst) {
        double bestClauseFit = Spans.max(at);
        boolean several = asksSeveral(q);
        Name first = firstAsAsked(q, sentence, r, preference);
        if (first != null) {
            return new Span(first.text(), Math.min(1, bestClauseFit), first.start());
        }
        Name dated = datedAsAsked(q, sentence, r, preference.get(0));
        if (dated != null) {
            // written with the time asked, it answers as well as the sentence's best clause does
            // a month picks one place of several; a year may hold them all ("the earlier rounds this year")
            boolean wide = several && java.time.temporal.ChronoUnit.DAYS.between(q.scope().from(), q.scope().to()) > 62;
            return new Span(wide ? together(q, sentence, r, dated) : dated.text(), Math.min(1, bestClauseFit), dated.start());
        }
        for (Set<Name.Kind> kinds : preference) {
            Name best = null;
            double bestFit = -1;
            for (Name n : r.names()) {
                boolean inPlace = LOCATIVE.matcher(sentence.substring(Math.max(0, n.titleStart() - 12), n.titleStart())).find();
                String before = sentence.substring(Math.max(0, n.titleStart() - 40), n.titleStart());
                boolean unknownPlace = unlisted(n);
                boolean locative = kinds.contains(Name.Kind.VENUE)
                        && (n.kind() == Name.Kind.ORG && AT_ORG.matcher(before).find() // "at the White House"
                            || unknownPlace && AT_ONLY.matcher(before).find()) // "at Vanijya Bhawan", a name no atlas knows
                        && !NameFinder.worksAt(before) // not "strategist at Harbourline Capital"
                        && !EVENT_AFTER.matcher(sentence.substring(n.end())).lookingAt(); // not "at the APEC summit"
                boolean medium = kinds.contains(Name.Kind.PLACE) && ASKS_MEDIUM.matcher(q.text()).find() && (n.kind() == Name.Kind.ORG || n.kind() == Name.Kind.OTHER)
                        && ON_MEDIUM_BEFORE.matcher(sentence.substring(Math.max(0, n.titleStart() - 12), n.titleStart())).find()
                        && MEDIUM_AFTER.matcher(sentence.substring(n.end())).lookingAt(); // "posted on his Truth Social platform"
                if ((!kinds.contains(n.kind()) && !locative && !medium) || Spans.asked(q, n.text()) || Spans.quoted(r, n)) {
                    continue; // a place in someone's words ("the Geneva consensus") is not where they were
                }
                if (n.kind() == Name.Kind.COUNTRY && (!inPlace && !citiesFirst || WorldPlaces.get().isAdjective(n.text()))) {
                    continue; // "China's restrictions", "licences to American companies" say nothing of where
                }
                if (q.type() == AnswerType.VENUE && (WorldPlaces.get().isCity(n.text()) || n.kind() == Name.Kind.COUNTRY)) {
                    continue; // "which building" is never answered by a city
                }
                if (q.type() == AnswerType.VENUE && namedOtherwise(q, sentence, n)) {
                    continue; // "which hotel" is not answered by the "Kyoto International Conference Center"
                }
                double fit = Spans.fitOf(at, r.clauseAt(n.start()));
                if (q.type() == AnswerType.VENUE && namedAsAsked(q, sentence, n)) {
                    // "which hotel": the Siam Kempinski Hotel answers as well as the sentence's best clause does, wherever it sits
                    fit = Math.max(fit, bestClauseFit);
                }
                if (unknownPlace && locative) {
                    fit -= 0.05; // a venue named as one ("the Elmau Castle Hotel") before a name only "at" makes one
                }
                if (q.type() == AnswerType.VENUE && ADDRESS.matcher(n.text()).find()) {
                    fit -= 0.3; // "the Fairmont Royal York hotel on Front Street": the building, not its street
                }
                if (citiesFirst && WorldPlaces.get().isCity(n.text())) {
                    fit += 0.01;
                }
                if (fit > bestFit) {
                    best = n;
                    bestFit = fit;
                }
            }
            if (best != null) {
                return new Span(several ? together(q, sentence, r, best) : best.text(), Math.min(1, bestFit));
            }
        }
        return null;
    }

    /** A name that goes on a row of places after "and": "in Stockholm in February and Kuala Lumpur in April". */
    private static final Pattern ROW_BEFORE = Pattern.compile("\\band\\s+$");
    /** Where something was: "in Geneva", "at the Villa Saladin" (not "from Washington to Geneva"). */
    private static final Pattern IN_OR_AT = Pattern.compile("(?i)\\b(?:in|at)\\s+(?:the\\s+)?$");

    /** A question that asks for several places: "where were the earlier rounds held", "which cities". */
    private static final Pattern SEVERAL = Pattern.compile("\\b(?:rounds|sessions|cities|venues)\\b");

    /**
     * The best place and the others of its kind its clause puts something in, in the order written:
     * "Earlier rounds were held in Geneva in September 2026 and in London in November", "following
     * sessions in Stockholm in February and Kuala Lumpur in April".
     */
    private static String together(Question q, String sentence, SentenceReading r, Name best) {
        int clause = r.clauseAt(best.start());
        List<String> names = new ArrayList<>();
        for (Name n : r.names()) {
            String before = sentence.substring(Math.max(0, n.titleStart() - 12), n.titleStart());
            boolean placed = n == best || IN_OR_AT.matcher(before).find() || ROW_BEFORE.matcher(before).find();
            boolean in = n == best || IN_OR_AT.matcher(before).find();
            // a capital beside a city only where something is in or at it: not "between Washington and Beijing"
            if (placed && (n.kind() == best.kind() || in && DatedPlaces.cityLike(n) && DatedPlaces.cityLike(best)) && r.clauseAt(n.start()) == clause && !Spans.asked(q, n.text()) && !Spans.quoted(r, n)
                    && !names.contains(n.text()) && names.size() < 4) {
                names.add(n.text());
            }
        }
        return names.size() > 1 && names.contains(best.text()) ? Replies.list(names) : best.text();
    }

    /**
     * The buildings a hotel never is, by the noun its name ends in: a "… Conference Center", a ministry (many hotels are
     * named Palace, House, Castle or Resort: "the Taj Mahal Palace").
     */
    private static final Set<String> NO_HOTEL = Set.of("center", "centre", "ministry", "office", "headquarters", "museum", "hall",
            "building", "embassy", "parliament", "secretariat");

    /**
     * Whether the name says it is a building no hotel is, for a question that asks for a hotel: "which hotel" and "the
     * Kyoto International Conference Center"; a name that says no kind ("the Mamounia") may be of any.
     */
    static boolean namedOtherwise(Question q, String sentence, Name n) {
        if (!"hotel".equals(q.shape().typeWord()) || namedAsAsked(q, sentence, n)) {
            return false;
        }
        List<String> words = Vocabulary.words(n.text());
        return !words.isEmpty() && NO_HOTEL.contains(words.get(words.size() - 1));
    }

    /** Whether the name says the kind of place the question asks for: "Siam Kempinski Hotel", "the Okura Tokyo hotel". */
    private static boolean namedAsAsked(Question q, String sentence, Name n) {
        String kind = q.shape().typeWord();
        if (kind == null || kind.length() < 4) {
            return false;
        }
        if (Vocabulary.words(n.text()).contains(kind)) {
            return true; // "the Siam Kempinski Hotel"
        }
        int end = n.end() + 1 + kind.length(); // "the Okura Tokyo hotel"
        return end <= sentence.length() && sentence.regionMatches(true, n.end(), " " + kind, 0, kind.length() + 1)
                && (end == sentence.length() || !Character.isLetter(sentence.charAt(end)));
    }
}
