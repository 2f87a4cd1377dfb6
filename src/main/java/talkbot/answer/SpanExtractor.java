package talkbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.index.Vocabulary;
import talkbot.intent.AnswerType;
import talkbot.intent.Intent;
import talkbot.intent.Question;
import talkbot.intent.QuestionShape;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Clauses.Clause;
import talkbot.reading.Figure;
import talkbot.reading.Name;
import talkbot.reading.NameFinder;
import talkbot.reading.Quotes;
import talkbot.reading.Quotes.Quote;
import talkbot.reading.Units;
import talkbot.time.DateMention;

/**
 * Cuts the direct answer out of a sentence: a whole span of the type the question asks for (a
 * person with their whole name, a venue, a date made absolute, a figure with its unit and the end
 * of the change the question wants, a balanced quotation, a title), taken from the clause that
 * holds most of what the question asks about. The span's fit is the share of the question's focus
 * its clause (and, for less, its neighbours) holds.
 */
final class SpanExtractor {
    private static final Pattern OPENING_PRONOUN = Pattern.compile("^(?:He|She)\\s+\\p{Ll}");
    private static final Pattern APPOSITION = Pattern.compile(
            "^,\\s+(?!(?:and|or|but|while|who|which|whose|where|when|as|after|before|with|saying|adding|told|said)\\b)((?:the |a |an )?\\p{Ll}[^,;.“”\"]{2,120}?)(?:,|\\.|;|$)");
    private static final Pattern REPORTED = Pattern.compile(
            "\\b(?:said|says|saying|told [\\p{L} ]{1,30}?|added|adding|stated|warned|warning|argued|insisted|noted|explained) (?:that )?(.{8,}?)[.;]?$");
    private static final Pattern LEADING_JOINER = Pattern.compile("^(?:while|whereas|but|and|although|though|as|with)\\s+", Pattern.CASE_INSENSITIVE);

    private SpanExtractor() {}

    /** A direct answer and how well its clause holds the question's focus, in [0, 1]. */
    /**
     * @param at where in the sentence the span was cut from, or -1 when it is made of several
     *           places or says it otherwise (an absolute date)
     */
    record Span(String text, double fit, int at) {
        Span(String text, double fit) {
            this(text, fit, -1);
        }
    }

    /**
     * @param also the question reshaped to the second thing it asks for ("where and when": the when),
     *             made once per question by {@link #also(Question)}; null when it asks for one thing
     */
    static Optional<Span> extract(Question q, Question also, String sentence, SentenceReading r, Focus focus, double[] at, Sides.Asked side) {
        Optional<Span> first = single(q, sentence, r, focus, at, side);
        if (first.isEmpty() || also == null) {
            return first;
        }
        // "where and when is the next round": the place and the date, when the sentence says both
        Optional<Span> second = single(also, sentence, r, focus, at, side);
        if (second.isEmpty() || first.get().text().contains(second.get().text())) {
            return first;
        }
        return Optional.of(new Span(first.get().text() + ", " + second.get().text(), first.get().fit(), first.get().at()));
    }

    /** The question asking for the second thing it asks for, or null when it asks for one. */
    static Question also(Question q) {
        return q.shape().also() == null ? null : q.reshaped(q.shape().also());
    }

    private static Optional<Span> single(Question q, String sentence, SentenceReading r, Focus focus, double[] at, Sides.Asked side) {
        Span span = switch (q.type()) {
            case PERSON -> person(q, sentence, r, at, focus, side);
            case ORG -> organisations(q, r, at);
            case CITY -> place(q, sentence, r, at, List.of(Set.of(Name.Kind.PLACE), Set.of(Name.Kind.VENUE)), true);
            case VENUE -> place(q, sentence, r, at, List.of(Set.of(Name.Kind.VENUE), Set.of(Name.Kind.PLACE)), false);
            case COUNTRY -> named(q, sentence, r, at, Set.of(Name.Kind.COUNTRY));
            case PLACE -> place(q, sentence, r, at, List.of(Set.of(Name.Kind.PLACE, Name.Kind.VENUE), Set.of(Name.Kind.COUNTRY)), false);
            case DATE -> date(q, sentence, r, at, focus);
            case FREQUENCY -> frequency(sentence, r, at);
            case FIGURE, DURATION -> figure(q, sentence, r, at, focus);
            case QUOTE -> quote(q, sentence, r, at);
            case TITLE -> title(q, sentence, r);
            case NAME -> name(q, sentence, r, at);
            default -> null;
        };
        return Optional.ofNullable(span).filter(s -> !s.text().isBlank());
    }

    /** The clause that holds most of the question's focus, as a short answer: for why, what and yes/no questions. */
    static Span clause(String sentence, SentenceReading r, double[] at) {
        int best = 0;
        for (int i = 1; i < at.length; i++) {
            if (at[i] > at[best]) {
                best = i;
            }
        }
        Clause c = r.clauses().get(best);
        int start = c.start();
        int end = c.end();
        // a clause of a few words says little alone: take its neighbour too
        if (words(sentence.substring(start, end)) < 5 && best + 1 < r.clauses().size()) {
            end = r.clauses().get(best + 1).end();
        }
        String text = LEADING_JOINER.matcher(sentence.substring(start, end).strip()).replaceFirst("");
        text = Text.clip(text.replaceAll("^[“\"]|[”\"]$", ""), Answer.SHORT_LIMIT);
        return new Span(capitalise(text), at[best]);
    }

    private static Span person(Question q, String sentence, SentenceReading r, double[] at, Focus focus, Sides.Asked side) {
        List<Name> people = new ArrayList<>();
        for (Name n : r.names()) {
            if (n.kind() == Name.Kind.PERSON && !asked(q, n.text()) && !quoted(r, n)) {
                people.add(n);
            }
        }
        if (side.country() != null && !people.isEmpty()) {
            // "who led china's team": not the people the sentence puts on the other side; none, when it names only those
            people.removeIf(n -> side.otherSide(sentence, r, n, fullTitle(sentence, n)));
            if (people.isEmpty()) {
                return null;
            }
        }
        if (people.isEmpty()) {
            if (r.speakerHint() != null && OPENING_PRONOUN.matcher(sentence).find() && !asked(q, r.speakerHint())) {
                return new Span(r.speakerHint(), at.length == 0 ? 0 : at[0]); // "He described the talks as productive"
            }
            return null;
        }
        // "who announced ...": the person named just before that verb in the sentence
        Name doer = subjectOfVerb(q, sentence, people);
        if (doer != null) {
            return new Span(doer.text(), Math.max(0.8, fitOf(at, r.clauseAt(doer.start()))), doer.start());
        }
        // the one whose title the question names ("the Treasury Secretary"), else everyone named in the best clause
        Name titled = null;
        double bestTitle = 0;
        for (Name n : people) {
            String title = fullTitle(sentence, n);
            double score = title == null ? 0 : focus.titleScore(title);
            if (score > bestTitle) {
                titled = n;
                bestTitle = score;
            }
        }
        if (titled != null && !PLURAL_TITLES.matcher(q.corrected().toLowerCase(Locale.ROOT)).find()) {
            return new Span(titled.text(), Math.max(fitOf(at, r.clauseAt(titled.start())), Math.min(1, bestTitle * 2)));
        }
        // people named in a row ("Treasury Secretary Scott Bessent, Commerce Secretary Howard Lutnick, and ...")
        // are one answer; the row that reaches the best clause answers, the longest if two do
        List<List<Name>> rows = rows(sentence, people);
        List<Name> bestRow = null;
        double bestFit = -1;
        for (List<Name> row : rows) {
            double fit = 0;
            for (Name n : row) {
                fit = Math.max(fit, fitOf(at, r.clauseAt(n.start())));
            }
            if (fit > bestFit + 1e-9 || (Math.abs(fit - bestFit) < 1e-9 && row.size() > bestRow.size())) {
                bestRow = row;
                bestFit = fit;
            }
        }
        List<String> names = new ArrayList<>();
        for (Name n : bestRow) {
            if (!names.contains(n.text()) && names.size() < 5) {
                names.add(n.text());
            }
        }
        if (names.size() > 1 && !PLURAL_PEOPLE.matcher(q.corrected().toLowerCase(Locale.ROOT)).find()) {
            names = names.subList(0, 1); // "who leads ..." wants one
        }
        return new Span(Replies.list(names), bestFit, bestRow.get(0).start());
    }

    /** The title written with a person: before the name ("Vice Premier", "China's ... trade representative,") or after it. */
    private static String fullTitle(String sentence, Name n) {
        if (n.title() != null) {
            return n.title();
        }
        String apposition = apposition(sentence.substring(n.end()));
        if (apposition != null) {
            return apposition;
        }
        return titleBefore(sentence.substring(0, n.start()));
    }

    /** Institutions and companies, all those of the best clause: "Nvidia and AMD". A one-word name no dictionary has counts. */
    private static Span organisations(Question q, SentenceReading r, double[] at) {
        List<Name> orgs = new ArrayList<>();
        for (Name n : r.names()) {
            boolean company = n.kind() == Name.Kind.OTHER && !n.text().contains(" ")
                    && !talkbot.lexicon.EnglishWords.contains(n.text().toLowerCase(Locale.ROOT));
            if ((n.kind() == Name.Kind.ORG || company) && !asked(q, n.text())) {
                orgs.add(n);
            }
        }
        if (orgs.isEmpty()) {
            return null;
        }
        String kind = q.shape().typeWord();
        if (kind != null && kind.length() >= 4) {
            // "which bank": Maybank, not the ASEAN of "senior ASEAN economist at Maybank"
            List<Name> saysKind = orgs.stream().filter(n -> n.text().toLowerCase(Locale.ROOT).contains(kind)).toList();
            if (!saysKind.isEmpty()) {
                orgs = new ArrayList<>(saysKind);
            }
        }
        int best = r.clauseAt(orgs.get(0).start());
        for (Name n : orgs) {
            if (fitOf(at, r.clauseAt(n.start())) > fitOf(at, best)) {
                best = r.clauseAt(n.start());
            }
        }
        List<String> names = new ArrayList<>();
        for (Name n : orgs) {
            if (r.clauseAt(n.start()) == best && !names.contains(n.text()) && names.size() < 4) {
                names.add(n.text());
            }
        }
        boolean plural = q.corrected().toLowerCase(Locale.ROOT).matches(".*\\b(?:companies|firms|groups|agencies|banks|organi[sz]ations|which ones)\\b.*");
        return new Span(plural ? Replies.list(names) : names.get(0), fitOf(at, best));
    }

    private static final Pattern WHO_VERB = Pattern.compile("^(?:who|which [\\w ]+?)\\s+([a-z]+(?:ed|ou?ght|aid|old|ote|ld|ke|et))\\b");

    /** In "who announced the team?", the person the sentence names right before "announced". */
    private static Name subjectOfVerb(Question q, String sentence, List<Name> people) {
        Matcher m = WHO_VERB.matcher(Text.fold(q.corrected()));
        if (!m.find()) {
            return null;
        }
        String verb = m.group(1);
        String stem = verb.length() > 5 ? verb.substring(0, verb.length() - 2) : verb;
        Matcher at = Pattern.compile("\\b" + Pattern.quote(stem) + "\\w*").matcher(sentence.toLowerCase(Locale.ROOT));
        if (!at.find()) {
            return null;
        }
        Name best = null;
        for (Name n : people) {
            if (n.end() <= at.start() && at.start() - n.end() <= 40) {
                best = n; // the last one before the verb
            }
        }
        return best;
    }

    private static final Pattern ROW_GAP = Pattern.compile("^(?:,\\s*|\\s+and\\s+|,\\s*and\\s+|\\s*&\\s*)$");

    /** The people of a sentence in rows: names one after another, with nothing but commas, "and" and titles between. */
    private static List<List<Name>> rows(String sentence, List<Name> people) {
        List<List<Name>> rows = new ArrayList<>();
        List<Name> row = new ArrayList<>();
        for (Name n : people) {
            if (!row.isEmpty()) {
                Name last = row.get(row.size() - 1);
                String gap = last.end() <= n.titleStart() ? sentence.substring(last.end(), n.titleStart()) : "x";
                if (!ROW_GAP.matcher(gap.replaceAll("^['’]s", "")).matches()) {
                    rows.add(row);
                    row = new ArrayList<>();
                }
            }
            row.add(n);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** "Who were the american representatives": several people, not the one whose title says "representative". */
    private static final Pattern PLURAL_TITLES = Pattern.compile("\\b(?:who were|who are|representatives|ministers|leaders|negotiators"
            + "|delegates|officials|chiefs|secretaries|envoys)\\b");
    /** A question that asks for several people: every person the best clause names answers it. */
    private static final Pattern PLURAL_PEOPLE = Pattern.compile("\\b(?:and|team|teams|delegation|delegations|members|who else|side|sides|both"
            + "|officials|people|ministers|leaders|executives|negotiators|representatives|delegates|bosses|chiefs|ceos|who were|who are)\\b");

    private static Span named(Question q, String sentence, SentenceReading r, double[] at, Set<Name.Kind> kinds) {
        Name best = null;
        double bestFit = -1;
        for (Name n : r.names()) {
            if (kinds.contains(n.kind()) && !asked(q, n.text()) && fitOf(at, r.clauseAt(n.start())) > bestFit) {
                best = n;
                bestFit = fitOf(at, r.clauseAt(n.start()));
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
                if (n.kind() == Name.Kind.COUNTRY && (r.clauseAt(n.start()) == clause || listed.contains(n)) && !asked(q, n.text())) {
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
            if (!kinds.contains(n.kind()) || asked(q, n.text())) {
                continue;
            }
            for (talkbot.time.DateMention d : r.dates()) {
                if (d.start() >= n.end() && DATED_GAP.matcher(sentence.substring(n.end(), d.start())).matches()
                        && q.scope().anyYear(d::overlaps)) {
                    return n;
                }
            }
        }
        return null;
    }

    private static final Pattern DATED_GAP = Pattern.compile(",?\\s+(?:in|on)\\s+(?:early\\s+|mid-?|late\\s+)?");

    /** The names of the same kind listed with {@code n}, one after another with only commas and "and" between. */
    private static Set<Name> listedWith(String sentence, SentenceReading r, Name n) {
        List<Name> same = r.names().stream().filter(m -> m.kind() == n.kind()).toList();
        int at = same.indexOf(n);
        Set<Name> out = new java.util.HashSet<>();
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
        return ROW_GAP.matcher(gap).matches() && (!gap.matches(",\\s*and\\s+") || r.clauseAt(a.start()) == r.clauseAt(b.start()));
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

    /** Where an institution's building is the place: "at the White House", not "returned to" or "officials from" it. */
    private static final Pattern AT_ORG = Pattern.compile("(?i)\\b(?:at|in|inside|outside|near)\\s+(?:the\\s+)?$");
    private static final Pattern LOCATIVE = Pattern.compile("(?i)\\b(?:at|in|inside|outside|to|from|near|across|throughout)\\s+(?:the\\s+)?$");

    /** The place of the kind asked for, trying each group of kinds in turn: a venue before a city, or the other way round. */
    private static Span place(Question q, String sentence, SentenceReading r, double[] at, List<Set<Name.Kind>> preference, boolean citiesFirst) {
        double bestClauseFit = java.util.Arrays.stream(at).max().orElse(0);
        Name dated = datedAsAsked(q, sentence, r, preference.get(0));
        if (dated != null) {
            // written with the time asked, it answers as well as the sentence's best clause does
            return new Span(dated.text(), Math.min(1, bestClauseFit), dated.start());
        }
        for (Set<Name.Kind> kinds : preference) {
            Name best = null;
            double bestFit = -1;
            for (Name n : r.names()) {
                boolean inPlace = LOCATIVE.matcher(sentence.substring(Math.max(0, n.titleStart() - 12), n.titleStart())).find();
                String before = sentence.substring(Math.max(0, n.titleStart() - 40), n.titleStart());
                boolean locative = kinds.contains(Name.Kind.VENUE) && n.kind() == Name.Kind.ORG && AT_ORG.matcher(before).find() // "at the White House"
                        && !NameFinder.worksAt(before) // not "strategist at Harbourline Capital"
                        && !EVENT_AFTER.matcher(sentence.substring(n.end())).lookingAt(); // not "at the APEC summit"
                boolean medium = kinds.contains(Name.Kind.PLACE) && ASKS_MEDIUM.matcher(q.text()).find() && (n.kind() == Name.Kind.ORG || n.kind() == Name.Kind.OTHER)
                        && ON_MEDIUM_BEFORE.matcher(sentence.substring(Math.max(0, n.titleStart() - 12), n.titleStart())).find()
                        && MEDIUM_AFTER.matcher(sentence.substring(n.end())).lookingAt(); // "posted on his Truth Social platform"
                if ((!kinds.contains(n.kind()) && !locative && !medium) || asked(q, n.text()) || quoted(r, n)) {
                    continue; // a place in someone's words ("the Geneva consensus") is not where they were
                }
                if (n.kind() == Name.Kind.COUNTRY && !inPlace && !citiesFirst) {
                    continue; // "China's restrictions" says nothing of where
                }
                if (q.type() == AnswerType.VENUE && (WorldPlaces.get().isCity(n.text()) || n.kind() == Name.Kind.COUNTRY)) {
                    continue; // "which building" is never answered by a city
                }
                double fit = fitOf(at, r.clauseAt(n.start()));
                if (q.type() == AnswerType.VENUE && namedAsAsked(q, sentence, n)) {
                    // "which hotel": the Siam Kempinski Hotel answers as well as the sentence's best clause does, wherever it sits
                    fit = Math.max(fit, bestClauseFit);
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
                return new Span(best.text(), Math.min(1, bestFit));
            }
        }
        return null;
    }

    /** Whether the name says the kind of place the question asks for: "Siam Kempinski Hotel", "the Okura Tokyo hotel". */
    private static boolean namedAsAsked(Question q, String sentence, Name n) {
        String kind = q.shape().typeWord();
        if (kind == null || kind.length() < 4) {
            return false;
        }
        if (talkbot.index.Vocabulary.words(n.text()).contains(kind)) {
            return true; // "the Siam Kempinski Hotel"
        }
        int end = n.end() + 1 + kind.length(); // "the Okura Tokyo hotel"
        return end <= sentence.length() && sentence.regionMatches(true, n.end(), " " + kind, 0, kind.length() + 1)
                && (end == sentence.length() || !Character.isLetter(sentence.charAt(end)));
    }

    private static final Pattern ASKS_START = Pattern.compile("\\b(?:start|starts|started|begin|begins|began|kick|kicked|open|opened|first day|commence)");
    private static final Pattern ASKS_END = Pattern.compile("\\b(?:end|ends|ended|finish|finished|wrap|wrapped|conclude|concluded|close|closed|last day|over)\\b");

    /** The month a question asks within ("what date in april"), or null: its scope is that whole month and it says "in" or "during" it. */
    private static java.time.Month askedMonth(Question q) {
        var from = q.scope().from();
        var to = q.scope().to();
        if (from == null || from.getMonth() != to.getMonth() || from.getYear() != to.getYear() || from.getDayOfMonth() != 1
                || to.getDayOfMonth() != to.lengthOfMonth()) {
            return null; // no month, or a day, a week, a year
        }
        String month = from.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
        String abbreviation = month.substring(0, 3);
        boolean inMonth = Pattern.compile("\\b(?:in|during)\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-?)?(?:" + month + "|" + abbreviation + ")\\b")
                .matcher(Text.fold(q.corrected())).find(); // "in april", not "after the february one"
        return inMonth ? from.getMonth() : null;
    }

    /** A number joined to a unit of its own: "679-metre", "1:01". */
    private static final Pattern OTHER_UNIT_AFTER = Pattern.compile("(?:-\\p{L}|:\\d)");

    /** A question about a deadline, which a date after "by", "before" or "until" answers. */
    private static final Pattern ASKS_DEADLINE = Pattern.compile(
            "\\b(?:by when|deadline|(?:until|till|by) (?:when|what date|what day|which date)|due by|how soon|expire|expires|expired|expiring|lapse|lapses|lapsed)\\b");
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?i)\\b(?:by|before|until|till|no later than|(?:expire|expires|expired|expiring|lapse|lapses|lapsed)\\s+(?:on|in|at))\\s+(?:the\\s+)?$");
    /** How much a date after "by", "until" or "extended … to" counts for a deadline question, against how well its clause fits. */
    private static final double DEADLINE_WEIGHT = 0.6;

    /** "extended the deadline for a sale by another 90 days, to Dec. 16": the date a deadline was moved to. */
    private static final Pattern MOVED_TO = Pattern.compile(
            "(?i)\\b(?:extend\\w*|push\\w* back|mov\\w*|delay\\w*|postpon\\w*|brought forward)\\b[^.;]{0,50}\\bto\\s+$");
    /** "What time": a clock time answers it, with its day. */
    private static final Pattern ASKS_TIME = Pattern.compile("\\b(?:what|which|wat) time\\b|\\bat what hour\\b");
    private static final Pattern CLOCK = Pattern.compile("(?i)\\b\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm)(?![\\p{L}])|\\b\\d{1,2}:\\d{2}\\b|\\bmidnight\\b|\\bnoon\\b");

    /** The characters between a date and a clock time, whichever comes first. */
    private static int gap(DateMention d, Matcher clock) {
        return d.end() <= clock.start() ? clock.start() - d.end() : Math.max(0, d.start() - clock.end());
    }

    /** "What day", "which date": a month or a year does not answer it. */
    private static final Pattern ASKS_DAY = Pattern.compile("\\b(?:what|which|wat|wht|exact)\\s+(?:day|days|date|dates|weekday)\\b|\\bon what\\b");

    /** A verb of ending (or of starting) shortly before a date: the date is that end of the event. */
    private static final Pattern ENDED_BEFORE = Pattern.compile("(?i)\\b(?:ended|ends|concluded|wrapped up|wrapping up|closed|finished|wound up|again|resumed|resuming)\\b[^.;]{0,50}$");
    private static final Pattern STARTED_BEFORE = Pattern.compile("(?i)\\b(?:began|begins|started|starts|opened|opens|kicked off|kicks off|resumed)\\b[^.;]{0,50}$");

    private static final Pattern WITHIN = Pattern.compile("(?i)\\b(?:within|in|for the next|over the next|after|by)\\s+(?:the\\s+next\\s+|about\\s+)?$");

    /** No date, but a time from now: "they are due to meet again within two months". */
    private static Span within(String sentence, SentenceReading r, double[] at) {
        for (Figure f : r.figures()) {
            if ("time".equals(f.unit())) {
                Matcher m = WITHIN.matcher(sentence.substring(Math.max(0, f.start() - 20), f.start()));
                if (m.find()) {
                    String said = sentence.substring(f.start() - (m.end() - m.start()), f.end());
                    return new Span(said.strip(), fitOf(at, r.clauseAt(f.start())) * 0.8);
                }
            }
        }
        return null;
    }

    /** "since" right before a date: the date bounds a stretch of time and is not when the thing asked about happens. */
    private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\s+(?:the\\s+)?(?:early\\s+|late\\s+|mid-?\\s*)?$");
    /** A question about an earlier time ("when had they last met", "since when"): a date after "since" may answer it. */
    private static final Pattern LOOKS_BACK = Pattern.compile("\\b(?:last|previous|previously|since|before|earlier|prior)\\b");

    /**
     * "Meet in Washington on May 20 to finalise the quota rules, which are due to take effect on
     * July 1": of two dates, the one right after the words the question says ("when do the rules
     * take effect") is the one it asks for, even in a clause that holds fewer of its words. "Friday's
     * call" says its words right after the date.
     */
    private static final int SAID_BEFORE_WORDS = 4;
    private static final double SAID_BEFORE_WEIGHT = 0.5;
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("^['’]s\\s+([\\p{L}-]+(?:\\s+[\\p{L}-]+)?)");

    /** The last few words before a date, within its clause, and the words it owns right after it ("Friday's call"). */
    private static List<String> wordsAround(String sentence, SentenceReading r, DateMention d) {
        int at = d.start();
        Clause c = r.clauses().get(r.clauseAt(at));
        List<String> before = Vocabulary.words(sentence.substring(Math.min(at, Math.max(c.start(), at - 60)), at));
        List<String> words = new ArrayList<>(before.subList(Math.max(0, before.size() - SAID_BEFORE_WORDS), before.size()));
        Matcher owned = POSSESSIVE_AFTER.matcher(sentence.substring(Math.min(d.end(), sentence.length())));
        if (owned.find()) {
            words.addAll(Vocabulary.words(owned.group(1)));
        }
        return words;
    }

    private static Span date(Question q, String sentence, SentenceReading r, double[] at, Focus focus) {
        String asked = Text.fold(q.corrected());
        boolean start = ASKS_START.matcher(asked).find();
        boolean end = !start && ASKS_END.matcher(asked).find();
        boolean byWhen = ASKS_DEADLINE.matcher(asked).find();
        java.time.Month month = askedMonth(q);
        boolean day = ASKS_DAY.matcher(asked).find();
        boolean looksBack = LOOKS_BACK.matcher(asked).find();
        DateMention best = null;
        double bestFit = -1;
        for (DateMention d : r.dates()) {
            if (asked.contains(Text.fold(d.text()))) {
                continue; // the question already says it
            }
            if (day && d.precision() != DateMention.Precision.DAY) {
                continue; // "what day did the talks wrap up": not "before the truce expires in November"
            }
            if (month != null && d.from().getMonth() != month && d.to().getMonth() != month) {
                continue; // "what date in april": not a day in October
            }
            String lead = sentence.substring(Math.max(0, d.start() - 60), d.start());
            boolean otherEnd = (start && ENDED_BEFORE.matcher(lead).find()) || (end && STARTED_BEFORE.matcher(lead).find())
                    || (!looksBack && !start && SINCE_BEFORE.matcher(lead).find()); // "his first visit since November 2017" is not when he visits
            boolean deadline = byWhen && (DEADLINE_BEFORE.matcher(sentence.substring(Math.max(0, d.start() - 24), d.start())).find()
                    || MOVED_TO.matcher(sentence.substring(Math.max(0, d.start() - 60), d.start())).find());
            double fit = fitOf(at, r.clauseAt(d.start()))
                    + (deadline ? DEADLINE_WEIGHT : 0) // "by when do they want the deal done": "ready by November", not "today"
                    + (!otherEnd && focus != null && focus.saysAnyOf(wordsAround(sentence, r, d)) ? SAID_BEFORE_WEIGHT : 0)
                    + (d.precision() == DateMention.Precision.DAY ? 0.1 : d.precision() == DateMention.Precision.MONTH ? 0.05 : 0)
                    + ((start || end) && !d.from().equals(d.to()) ? 0.3 : 0)
                    - (otherEnd ? 0.5 : 0); // "when did the talks start?": not the day they "ended ... on Tuesday"
            if (fit > bestFit) {
                best = d;
                bestFit = fit;
            }
        }
        if (best != null && best.precision() == DateMention.Precision.MONTH) {
            int clause = r.clauseAt(best.start());
            for (DateMention d : r.dates()) {
                if (d.precision() == DateMention.Precision.DAY && !d.from().isBefore(best.from()) && !d.to().isAfter(best.to())
                        && Math.abs(r.clauseAt(d.start()) - clause) <= 1 && !asked.contains(Text.fold(d.text()))) {
                    best = d; // "in Washington next month, with a session set for Feb. 12": the day within that month
                    break;
                }
            }
        }
        Matcher clock = ASKS_TIME.matcher(asked).find() ? CLOCK.matcher(sentence) : null;
        if (clock != null) {
            if (!clock.find()) {
                return null; // "what time": a sentence without a clock time does not say
            }
            // "what time was the truce to lapse": "12:01am, Tuesday 12 August 2025" — the day the clock time is on
            DateMention on = null;
            for (DateMention d : r.dates()) {
                if (on == null || gap(d, clock) < gap(on, clock)) {
                    on = d;
                }
            }
            String time = clock.group().strip();
            return new Span(on == null ? time : time + ", " + Replies.date(on), Math.max(0, Math.min(1, bestFit)), clock.start());
        }
        if (best == null) {
            return day ? null : within(sentence, r, at);
        }
        if (best.precision() == DateMention.Precision.DAY && !best.from().equals(best.to()) && (start || end)) {
            // "when did the talks start?" of "on Monday and Tuesday": the first day
            return new Span(talkbot.time.DateFormat.day(start ? best.from() : best.to()), Math.min(1, bestFit));
        }
        double yearOnly = best.precision() == DateMention.Precision.YEAR ? 0.5 : 1; // "this year" barely dates anything
        return new Span(Replies.date(best), Math.min(1, bestFit) * yearOnly);
    }

    /** What grows or shrinks in percentage points: "how much could the cut add to growth". */
    private static final Pattern ECONOMY = Pattern.compile("\\b(?:growth|gdp|economy|economic|inflation|output|unemployment|percentage points?)\\b");

    /** How often something happens: "every two weeks", "monthly", "twice a year", "once a quarter". */
    private static final Pattern FREQUENCY = Pattern.compile("(?i)\\b(?:every|each)\\s+(?:other\\s+|single\\s+)?(?:[a-z0-9]+\\s+)?"
            + "(?:day|days|week|weeks|fortnight|month|months|quarter|quarters|year|years)\\b"
            + "|\\b(?:daily|weekly|fortnightly|biweekly|bi-weekly|monthly|bimonthly|quarterly|annually|yearly)\\b"
            + "|\\b(?:once|twice|[a-z]+ times)\\s+(?:a|per|each|every)\\s+(?:day|week|fortnight|month|quarter|year)\\b");

    /** The frequency the clause that best holds the question says. */
    private static Span frequency(String sentence, SentenceReading r, double[] at) {
        Matcher m = FREQUENCY.matcher(sentence);
        Span best = null;
        while (m.find()) {
            double fit = fitOf(at, r.clauseAt(m.start()));
            if (best == null || fit > best.fit()) {
                best = new Span(m.group(), Math.min(1, fit), m.start());
            }
        }
        return best;
    }

    private static Span figure(Question q, String sentence, SentenceReading r, double[] at, Focus focus) {
        QuestionShape shape = q.shape();
        String asked = Text.fold(q.corrected());
        Figure best = null;
        double bestScore = -1;
        // "how much lng": only a figure followed by what it measures answers ("25 million tonnes of soybeans" does not)
        boolean mustMeasure = q.intent() == Intent.HOW_MUCH && q.focusTerm() != null;
        String head = measuredHead(asked);
        String object = taxedObject(asked);
        if (object != null && !saysStem(sentence, object)) {
            return null; // "the tariff on steel" is not any tariff of a sentence that never says steel
        }
        for (Figure f : r.figures()) {
            if (mustMeasure && !measuresAsked(q, asked, sentence, r, f)) {
                continue;
            }
            if (mustMeasure && shape.unit() == null && "percent".equals(f.unit()) && shape.direction() != QuestionShape.Direction.CHANGE) {
                continue; // "how much beef did they sell": an amount of beef, not the "10% duty on beef"
            }
            String digits = f.text().replaceAll("^\\D+", ""); // "an additional 30%" is asked as "30%"
            if (asked.contains(Text.fold(f.text())) || (!digits.isEmpty() && asked.contains(Text.fold(digits)))) {
                continue; // the question already says it
            }
            String unit = shape.type() == AnswerType.DURATION ? "time" : shape.unit();
            if (!Units.fits(unit, f.unit()) || (unit == null && "time".equals(f.unit()))) {
                continue; // a figure question in no unit is not answered by a span of time ("a ten-year high")
            }
            if (f.unit() == null && Units.isMeasure(unit) && countsOther(asked, sentence, f)) {
                continue; // "how many tonnes of rare earths": not the 1,184 of "1,184 export licences"
            }
            if ("percent".equals(unit) && Units.POINTS_OF_PERCENT.equals(f.unit()) && !ECONOMY.matcher(asked).find()) {
                continue; // "what is the tariff now": a rate, not "raised by 10 percentage points"
            }
            if (f.unit() == null && unit != null && !unit.equals("count") && OTHER_UNIT_AFTER.matcher(sentence.substring(f.end())).lookingAt()
                    && !tailSays(sentence, r, f, unit)) {
                continue; // "how many floors": not the "679" of "the 679-metre skyscraper", nor the "1" of "1:01 p.m."
            }
            int clause = r.clauseAt(f.start());
            double score = fitOf(at, clause) + (subjectFirst(q, r, clause) ? SUBJECT_FIRST : 0);
            if (shape.direction() == QuestionShape.Direction.CHANGE) {
                score += f.role() == Figure.Role.NONE ? 0.1 : 0; // "how much did exports drop": by how much, not to what
            } else if (shape.direction() == QuestionShape.Direction.BOTH) {
                score += pairedInClause(r, f, clause) ? 0.2 : 0; // "from what to what": a change with both ends
            } else if (pairedInClause(r, f, clause)) {
                // "from 145% to 30%": the question's wording says which end
                if (shape.direction() == QuestionShape.Direction.FROM) {
                    score += f.role() == Figure.Role.FROM ? 0.2 : -0.2;
                } else {
                    score += f.role() == Figure.Role.TO ? 0.1 : -0.1;
                }
            }
            score += f.unit() == null ? -0.05 : 0; // a bare number is the weakest figure
            score -= describesOther(asked, sentence, f) ? OTHER_NOUN : 0;
            score += measuresAsked(q, asked, sentence, r, f) ? OWN_WORDS : 0;
            score += head != null && tailSays(sentence, r, f, head) ? OWN_WORDS : 0; // "share of rare earth processing": 90% of processing
            score += LEAD * focus.textFit(lead(sentence, r, f, clause), false); // "how much did the nasdaq drop": "the Nasdaq Composite dropped 3.6%"
            if (score > bestScore) {
                best = f;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        Figure partner = shape.direction() == QuestionShape.Direction.BOTH ? partner(r, best) : null;
        if (shape.direction() == QuestionShape.Direction.BOTH && partner == null) {
            return null; // "from what to what" is answered by a change with both ends, not by one figure
        }
        if (partner != null) {
            Figure from = best.role() == Figure.Role.FROM ? best : partner;
            Figure to = from == best ? partner : best;
            return new Span("from " + from.text() + " to " + to.text(), Math.max(0, Math.min(1, bestScore)));
        }
        return new Span(best.text(), Math.max(0, Math.min(1, bestScore)));
    }

    /** The other end of the change a figure is one end of, in its clause: the "to" next to a "from", the "from" next to a "to". */
    private static Figure partner(SentenceReading r, Figure f) {
        List<Figure> all = r.figures();
        int i = all.indexOf(f);
        int clause = r.clauseAt(f.start());
        if (f.role() == Figure.Role.FROM && i + 1 < all.size() && all.get(i + 1).role() == Figure.Role.TO
                && r.clauseAt(all.get(i + 1).start()) == clause) {
            return all.get(i + 1);
        }
        if (f.role() == Figure.Role.TO && i > 0 && all.get(i - 1).role() == Figure.Role.FROM && r.clauseAt(all.get(i - 1).start()) == clause) {
            return all.get(i - 1);
        }
        // written the other way round: "lowers the tariff to 15% from 39%"
        if (f.role() == Figure.Role.TO && i + 1 < all.size() && all.get(i + 1).role() == Figure.Role.FROM
                && r.clauseAt(all.get(i + 1).start()) == clause) {
            return all.get(i + 1);
        }
        if (f.role() == Figure.Role.FROM && i > 0 && all.get(i - 1).role() == Figure.Role.TO && r.clauseAt(all.get(i - 1).start()) == clause) {
            return all.get(i - 1);
        }
        return null;
    }

    /** A span of time written as an adjective of a noun the question doesn't say loses this much: "the one-year truce" for "how long did the round go on". */
    private static final double OTHER_NOUN = 0.3;
    private static final Pattern ADJECTIVE_SPAN = Pattern.compile("(?i).*\\w-(?:day|week|month|year|hour|minute)$");
    private static final Pattern NEXT_WORD = Pattern.compile("\\s+([a-z]{3,})");

    /** {@code asked}: the question, folded. */
    private static boolean describesOther(String asked, String sentence, Figure f) {
        if (!ADJECTIVE_SPAN.matcher(f.text()).matches()) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(sentence.substring(f.end()));
        if (!next.lookingAt()) {
            return false;
        }
        return !saysStem(asked, next.group(1));
    }

    /** Words between a number and its measure: "12 metric tons", "40 cubic metres". */
    private static final Set<String> MEASURE_QUALIFIERS = Set.of("metric", "short", "long", "cubic", "square");

    /** A bare number that counts things the question does not say ("1,184 export licences"). */
    private static boolean countsOther(String asked, String sentence, Figure f) {
        Matcher next = NEXT_TWO_WORDS.matcher(sentence.substring(f.end()));
        if (!next.lookingAt() || MEASURE_QUALIFIERS.contains(next.group(1))) {
            return false;
        }
        // the thing counted is the first plural of the two words: "licences" of "1,184 export licences"
        String counted = next.group(2) != null && !plural(next.group(1)) && plural(next.group(2)) ? next.group(2) : next.group(1);
        // a plural noun says what is counted; "5,800 last month" counts nothing else
        return plural(counted) && !saysStem(asked, counted) && !Units.isMeasure(Units.normal(counted));
    }

    private static final Pattern NEXT_TWO_WORDS = Pattern.compile("\\s+([a-z]{3,})(?:\\s+([a-z]{3,}))?");

    private static boolean plural(String word) {
        return word.endsWith("s") && !word.endsWith("ss");
    }

    /** A figure led by the words the question asks about (not the names it says) gains this much, times the share they hold. */
    private static final double LEAD = 0.15;

    /**
     * The words that lead up to a figure: from the previous figure of its clause (or the clause's
     * start) to it — "and the Nasdaq Composite dropped" for "3.6%" in "The S&P 500 fell 2.7% and the
     * Nasdaq Composite dropped 3.6%". The second end of a change ("from 40% to 15%") shares the
     * words of the first.
     */
    private static String lead(String sentence, SentenceReading r, Figure f, int clause) {
        int from = r.clauses().get(clause).start();
        Figure previous = previousFigure(r, f, from);
        if (previous != null && f.role() == Figure.Role.TO && previous.role() == Figure.Role.FROM) {
            previous = previousFigure(r, previous, from);
        }
        if (previous == null) {
            return sentence.substring(from, f.start());
        }
        String between = sentence.substring(previous.end(), f.start());
        Matcher turn = TURN.matcher(between);
        int start = 0;
        while (turn.find()) {
            start = turn.end(); // "30% on Chinese goods and China charges 10%": what leads to 10% is "China charges"
        }
        return between.substring(start);
    }

    /** The last figure that ends before {@code f} starts and starts at or after {@code from}, or null. */
    private static Figure previousFigure(SentenceReading r, Figure f, int from) {
        Figure previous = null;
        for (Figure other : r.figures()) {
            if (other.end() <= f.start() && other.start() >= from && (previous == null || other.start() > previous.start())) {
                previous = other;
            }
        }
        return previous;
    }

    /** Where a sentence turns from one figure's subject to the next one's. */
    private static final Pattern TURN = Pattern.compile("(?i)\\b(?:and|while|but|whereas)\\b");

    /** "the tariff on (chinese) steel": what a rate is charged on. */
    private static final Pattern TAXED = Pattern.compile(
            "\\b(?:tariffs?|levy|levies|duty|duties|fees?|charges?)\\s+(?:rate\\s+)?on\\s+(?:the\\s+)?(?:[a-z]+(?:an|ese|ish|ch|i)\\s+)?([a-z]{4,})\\b");
    /** What nearly every rate is on: a sentence need not say it. */
    private static final Set<String> ANY_GOODS = Set.of("goods", "imports", "exports", "products", "items", "shipments", "trade",
            "china", "chinese", "america", "american", "americans", "each", "both", "them", "their", "other", "foreign", "most", "all");

    private static String taxedObject(String asked) {
        Matcher m = TAXED.matcher(asked);
        if (!m.find() || ANY_GOODS.contains(m.group(1))) {
            return null;
        }
        return m.group(1);
    }

    private static boolean saysStem(String sentence, String word) {
        String stem = word.substring(0, Math.min(word.length(), STEM));
        return Pattern.compile("(?i)\\b" + Pattern.quote(stem)).matcher(sentence).find();
    }

    /** "what share of global rare earth processing does ...": the noun that ends what the share is of. */
    private static final Pattern SHARE_OF = Pattern.compile(
            "\\b(?:share|percentage|proportion|portion|part|percent|much|many)\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?([a-z' -]+?)"
                    + "(?=\\s+(?:does|do|did|is|are|was|were|has|have|had|will|would|can|could|in|on|at|for|by|after|before)\\b|\\s*[?.!]*$)");

    private static String measuredHead(String asked) {
        Matcher m = SHARE_OF.matcher(asked);
        if (!m.find()) {
            return null;
        }
        String[] words = m.group(1).strip().split("\\s+");
        String last = words[words.length - 1];
        return last.length() >= 4 ? last : null;
    }

    /**
     * The words right after a figure, folded, up to the next figure (or, when {@code throughPartOf},
     * past one it is part of: "12 of the 17 rare earths"), comma or semicolon.
     */
    private static String tail(String sentence, SentenceReading r, Figure f, boolean throughPartOf) {
        int end = Math.min(sentence.length(), f.end() + OWN_WORDS_REACH);
        for (Figure other : r.figures()) {
            boolean partOf = throughPartOf && PART_OF.matcher(sentence.substring(f.end(), Math.max(f.end(), other.start()))).matches();
            if (other.start() >= f.end() && other.start() < end && !partOf) {
                end = other.start();
            }
        }
        return NEXT_SUBJECT.split(Text.fold(sentence.substring(f.end(), end)).split("[,;]", 2)[0], 2)[0];
    }

    /** Where the words after a figure turn to another subject: "2.7% and the Nasdaq ...". */
    private static final Pattern NEXT_SUBJECT = Pattern.compile("\\b(?:and|while|but|whereas)\\s+(?:the|a|an|its|their|his|her)\\b");

    /** Whether the words right after a figure (up to the next figure, comma or semicolon) say {@code word}. */
    private static boolean tailSays(String sentence, SentenceReading r, Figure f, String word) {
        String tail = tail(sentence, r, f, false);
        String stem = word.substring(0, Math.min(word.length(), STEM));
        for (String w : tail.split("[^a-z]+")) {
            if (w.startsWith(stem)) {
                return true;
            }
        }
        return false;
    }

    /** A figure followed by what the question asks about: "roughly 90% of processing" for "what share of processing". */
    private static final double OWN_WORDS = 0.08;
    private static final int OWN_WORDS_REACH = 40;
    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+(?:out\\s+)?of\\s+(?:the\\s+)?");
    private static final int STEM = 5;

    /**
     * Whether the words right after a figure (up to the next figure, comma or semicolon) say what
     * the question asks about: a word of five letters or more of the question, not one of the names
     * it asks about, begins one of them.
     */
    private static boolean measuresAsked(Question q, String asked, String sentence, SentenceReading r, Figure f) {
        String[] tailWords = tail(sentence, r, f, true).split("[^a-z]+");
        String focus = q.focusTerm();
        if (focus != null && !q.nameTerms().contains(focus)) {
            // "how much sorghum": the thing measured itself, not another word of the question ("since", "bought")
            String root = focus.length() >= STEM ? focus.substring(0, STEM) : focus;
            for (String w : tailWords) {
                if (w.startsWith(root) || focus.length() >= 4 && (w.endsWith(focus) || w.endsWith(focus + "s"))) {
                    return true; // "soybeans" measures "beans" too
                }
            }
            return false;
        }
        Set<String> tailStems = new HashSet<>();
        for (String w : tailWords) {
            if (w.length() >= STEM) {
                tailStems.add(w.substring(0, STEM));
            }
        }
        Set<String> names = new HashSet<>();
        for (String t : q.nameTerms()) {
            names.add(t.length() >= STEM ? t.substring(0, STEM) : t);
        }
        for (String w : asked.split("[^a-z]+")) {
            if (w.length() >= STEM && tailStems.contains(w.substring(0, STEM)) && !names.contains(w.substring(0, STEM))) {
                return true; // a name the whole sentence is about ("rare earths") tells no figure from another
            }
        }
        return false;
    }

    /** A clause whose first party is the one the question names first is about it: "Beijing's tariffs" in "..., while Beijing will lower ...". */
    private static final double SUBJECT_FIRST = 0.3;

    private static boolean subjectFirst(Question q, SentenceReading r, int clause) {
        Entity first = null;
        for (Entity e : q.entities()) {
            if (e.type() == Entity.EntityType.COUNTRY || e.type() == Entity.EntityType.PERSON || e.type() == Entity.EntityType.ORG) {
                first = e;
                break;
            }
        }
        if (first == null) {
            return false;
        }
        for (Name n : r.names()) {
            if (r.clauseAt(n.start()) == clause && n.kind() != Name.Kind.OTHER) {
                String folded = Text.fold(n.text());
                return first.names().stream().anyMatch(x -> Text.fold(x).equals(folded));
            }
        }
        return false;
    }

    /** What something is called: words in quotation marks that nobody says ("Liberation Day"), else a name that is no person or place. */
    private static Span name(Question q, String sentence, SentenceReading r, double[] at) {
        if (q.shape().typeWord() != null) {
            return thing(q, sentence, r, at, q.shape().typeWord());
        }
        for (Quote quote : r.quotes()) {
            if (!quote.speech() || words(quote.words()) <= 3) {
                if (!asked(q, quote.words())) {
                    return new Span(quote.words(), fitOf(at, r.clauseAt(quote.start() + 1)), quote.start() + 1);
                }
            }
        }
        for (Name n : r.names()) {
            if ((n.kind() == Name.Kind.OTHER || n.kind() == Name.Kind.ORG) && !asked(q, n.text())) {
                return new Span(n.text(), fitOf(at, r.clauseAt(n.start())), n.start());
            }
        }
        return null;
    }

    /** "London-based", "US-linked": a name that describes a thing, not the thing's name (the name ends before the hyphen). */
    private static boolean describing(String sentence, Name n) {
        return n.end() + 1 < sentence.length() && sentence.charAt(n.end()) == '-' && Character.isLowerCase(sentence.charAt(n.end() + 1));
    }
    private static final Set<Name.Kind> THINGS = Set.of(Name.Kind.ORG, Name.Kind.OTHER, Name.Kind.PLACE, Name.Kind.VENUE);

    /**
     * "Which nvidia processor": a name the question does not say, of a thing (no person, no
     * country), best one next to the noun the question asks by ("the Peterson Institute, a think
     * tank"), else one of the clause that holds most of the question.
     */
    private static Span thing(Question q, String sentence, SentenceReading r, double[] at, String noun) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        String stem = noun.length() > 4 && noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        // a part of a city goes by several nouns: "which district" is answered by "the Toranomon district" or "Minato ward"
        boolean district = WorldPlaces.isDistrictNoun(stem);
        String nouns = district ? WorldPlaces.DISTRICT_NOUNS : Pattern.quote(stem);
        Matcher near = Pattern.compile("\\b(?:" + nouns + ")" + (district ? "\\b" : "")).matcher(lower);
        Matcher after = Pattern.compile("\\s+(?:" + nouns + ")\\b").matcher(lower);
        // "Korean shipbuilder Hanwha Ocean", "the suburb of Barton": the noun right before a name says what it is
        Matcher namedAfter = Pattern.compile("\\b(?:" + nouns + ")[\\p{L}-]*(?:\\s+of)?\\s+$").matcher(lower);
        namedAfter.useTransparentBounds(true);
        Name best = null;
        double bestScore = -1;
        for (Name n : r.names()) {
            boolean named = namedAfter.region(Math.max(0, n.start() - 60), n.start()).find();
            if (!(THINGS.contains(n.kind()) || named && n.kind() != Name.Kind.COUNTRY) || asked(q, n.text()) || quoted(r, n)
                    || describing(sentence, n)) {
                continue;
            }
            boolean byNoun = near.find(Math.max(0, n.start() - 30)) && near.start() <= n.end() + 30;
            // "on Sentosa island", "in the Jongno district": the noun right after the name says what it is
            boolean namedBefore = after.region(n.end(), lower.length()).lookingAt();
            double score = fitOf(at, r.clauseAt(n.start())) + (byNoun ? 1 : 0) + (named || namedBefore ? 1 : 0);
            if (score > bestScore) {
                best = n;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> all = noun.length() > 3 && plural(noun) ? coordinated(q, sentence, r, best) : List.of(best.text());
        return new Span(Replies.list(all), fitOf(at, r.clauseAt(best.start())), best.start());
    }

    /** Between two names of one list: "A and B", "A, B and C". */
    private static final Pattern LIST_JOIN = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)(?:the\\s+)?");

    /**
     * "Which states": the name found and the names of things listed with it ("in Western
     * Australia and Queensland"), in order.
     */
    private static List<String> coordinated(Question q, String sentence, SentenceReading r, Name first) {
        List<String> out = new ArrayList<>(List.of(first.text()));
        Name last = first;
        for (Name n : r.names()) {
            if (n.start() < last.end()) {
                continue;
            }
            if (!THINGS.contains(n.kind()) || asked(q, n.text()) || !LIST_JOIN.matcher(sentence.substring(last.end(), n.start())).matches()) {
                break;
            }
            out.add(n.text());
            last = n;
        }
        return out;
    }

    private static boolean quoted(SentenceReading r, Name n) {
        for (Quote quote : r.quotes()) {
            if (n.start() > quote.start() && n.end() < quote.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a figure is one end of a change whose other end is in the same clause. */
    private static boolean pairedInClause(SentenceReading r, Figure f, int clause) {
        if (f.role() == Figure.Role.NONE) {
            return false;
        }
        for (Figure other : r.figures()) {
            if (other != f && r.clauseAt(other.start()) == clause && other.role() != Figure.Role.NONE && other.role() != f.role()) {
                return true;
            }
        }
        return false;
    }

    private static Span quote(Question q, String sentence, SentenceReading r, double[] at) {
        Quote best = null;
        double bestFit = -1;
        List<Quote> theirs = new ArrayList<>();
        for (Quote quote : r.quotes()) {
            if (!quote.speech() || words(quote.words()) < 2) {
                continue; // marks without a verb of saying are a name or scare quotes
            }
            if (saidByAnother(q, sentence, r, quote)) {
                continue; // "what did trump say": not the words Starmer said on his call with Trump
            }
            theirs.add(quote);
            double fit = fitOf(at, r.clauseAt(quote.start() + 1)) + quote.words().length() * 1e-4;
            if (fit > bestFit) {
                best = quote;
                bestFit = fit;
            }
        }
        if (best != null) {
            String whole = pieces(r, theirs);
            // "should 'cherish the hard-won consensus' and 'expand the list of cooperation'": every piece, when they fit
            String text = theirs.size() > 1 && !whole.isEmpty() && whole.length() <= Answer.SHORT_LIMIT ? whole
                    : Replies.quotation(best.words(), Answer.SHORT_LIMIT);
            return new Span(text, Math.min(1, bestFit));
        }
        Matcher reported = REPORTED.matcher(Quotes.outside(sentence));
        if (reported.find() && !reportedByAnother(q, sentence, r, reported.start())) {
            String said = sentence.substring(reported.start(1), reported.end(1)).strip();
            return new Span(Text.clip(capitalise(said), Answer.SHORT_LIMIT), at.length == 0 ? 0 : max(at));
        }
        return null;
    }

    /**
     * The pieces of one person's quotation in a sentence, in order, each in its marks: "“…” … “…”";
     * only pieces with no person named between them ("…", while Brekke said it was "…" are two people's).
     */
    private static String pieces(SentenceReading r, List<Quote> quotes) {
        StringBuilder out = new StringBuilder();
        Quote last = null;
        for (Quote quote : quotes) {
            if (last != null && personBetween(r, last.end(), quote.start())) {
                return ""; // another speaker's words: too long for a short answer, so the best piece alone answers
            }
            out.append(out.length() == 0 ? "" : " … ").append(Replies.quotation(quote.words(), Integer.MAX_VALUE));
            last = quote;
        }
        return out.toString();
    }

    private static boolean personBetween(SentenceReading r, int from, int to) {
        for (Name n : r.names()) {
            if (n.kind() == Name.Kind.PERSON && n.start() >= from && n.end() <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every quotation the sentence gives is someone else's than the person the question
     * asks about (and it gives at least one): such a sentence does not say what they said.
     */
    static boolean quotesOnlyOthers(Question q, String sentence, SentenceReading r) {
        boolean any = false;
        for (Quote quote : r.quotes()) {
            if (!quote.speech() || words(quote.words()) < 2) {
                continue;
            }
            if (!saidByAnother(q, sentence, r, quote)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final String SPEECH_VERB = "(?:said|says|told|wrote|added|posted|tweeted|declared)";
    /** Between a closing quotation mark and the speaker's name: '," said '. */
    private static final Pattern SAID_BEFORE_NAME = Pattern.compile("^[\\s,]*(?:(?:he|she|they)\\s+)?" + SPEECH_VERB + "\\s*$");
    /** After the speaker's name: ' said'. */
    private static final Pattern SAID_AFTER_NAME = Pattern.compile("(?s)^\\s+" + SPEECH_VERB + "\\b.*");

    /**
     * Whether the sentence gives the quotation to a named person who is not the one the question
     * asks about: '"...," Starmer said' or '"...," said Starmer' right after the closing mark.
     */
    private static boolean saidByAnother(Question q, String sentence, SentenceReading r, Quotes.Quote quote) {
        Entity asked = speaker(q);
        if (asked == null) {
            return false;
        }
        for (Name n : r.names()) {
            if (n.kind() != Name.Kind.PERSON || n.titleStart() < quote.end() || n.titleStart() - quote.end() > 25) {
                continue;
            }
            String between = sentence.substring(quote.end(), n.titleStart());
            String after = sentence.substring(n.end(), Math.min(sentence.length(), n.end() + 12));
            boolean attributed = SAID_BEFORE_NAME.matcher(between).matches()
                    || (between.strip().matches(",?") && SAID_AFTER_NAME.matcher(after).matches());
            if (attributed) {
                return !isAsked(asked, n);
            }
            return false;
        }
        // 'Trump, shaking hands with Xi, ... said the two would have "a fantastic relationship"': the sentence's subject says it
        Matcher pronoun = OPENING_PRONOUN.matcher(sentence);
        if (pronoun.find() && r.speakerHint() != null && OPENER_SAYS.matcher(sentence.substring(0, quote.start())).find()) {
            String hint = Text.fold(r.speakerHint());
            return asked.names().stream().map(Text::fold).noneMatch(x -> x.equals(hint) || hint.endsWith(" " + x));
        }
        Name opener = r.names().isEmpty() ? null : r.names().get(0);
        return opener != null && opener.kind() == Name.Kind.PERSON && opener.titleStart() <= 4 && opener.end() < quote.start()
                && OPENER_SAYS.matcher(sentence.substring(opener.end(), quote.start())).find() && !isAsked(asked, opener);
    }

    /** Between a speaker's name and their verb of saying: "Trump has said", "Bessent also said". */
    private static final Pattern BEFORE_VERB = Pattern.compile("\\s*(?:(?:has|had|have|also|later|then|again|previously|repeatedly)\\s+)*");
    private static final Pattern OPENER_SAYS = Pattern.compile("\\b" + SPEECH_VERB + "\\b|\\bcalled\\b");

    /** The person a "what did X say" question asks about: the first it names ("what did xi say to trump"), or null. */
    private static Entity speaker(Question q) {
        return q.entities().stream().filter(e -> e.type() == Entity.EntityType.PERSON).findFirst().orElse(null);
    }

    private static boolean isAsked(Entity asked, Name n) {
        String folded = Text.fold(n.text());
        String surname = folded.substring(folded.lastIndexOf(' ') + 1);
        return asked.names().stream().map(Text::fold).anyMatch(x -> x.equals(folded) || x.endsWith(" " + surname) || x.equals(surname));
    }

    /** "saying", "adding": said by the subject of the clause the participle hangs on. */
    private static final Pattern PARTICIPLE = Pattern.compile("(?:saying|adding|warning|arguing|insisting|noting|explaining)\\b");

    /**
     * Whether the person named right before a verb of saying ("US President Donald Trump said on
     * Thursday that ...") — or, for "…, saying", the subject of the clause — is someone else than the
     * person the question asks about.
     */
    private static boolean reportedByAnother(Question q, String sentence, SentenceReading r, int verb) {
        Entity asked = speaker(q);
        if (asked == null) {
            return false;
        }
        Name speaker = null;
        Name subject = null;
        for (Name n : r.names()) {
            if (n.kind() == Name.Kind.PERSON && n.end() <= verb) {
                boolean possessive = sentence.startsWith("'s", n.end()) || sentence.startsWith("’s", n.end());
                if (subject == null && !possessive) {
                    subject = n;
                }
                if (BEFORE_VERB.matcher(sentence.substring(n.end(), verb)).matches()) {
                    speaker = n;
                }
            }
        }
        if (speaker == null && PARTICIPLE.matcher(sentence.substring(verb)).lookingAt()) {
            // "Badenoch criticised Trump's deal, saying …": the one who did the criticising says it
            speaker = subject;
        }
        if (speaker == null) {
            return false;
        }
        return !isAsked(asked, speaker);
    }

    /** The title written before the named person ("Vice Premier"), or the one in apposition after ("chief economist at ..."). */
    private static Span title(Question q, String sentence, SentenceReading r) {
        for (Entity e : q.entities()) {
            if (e.type() == Entity.EntityType.TOPIC) {
                continue;
            }
            for (Name n : r.names()) {
                if (e.names().stream().noneMatch(x -> Text.fold(x).equals(Text.fold(n.text())))) {
                    continue;
                }
                String apposition = apposition(sentence.substring(n.end()));
                if (apposition != null) {
                    return new Span(apposition, 1);
                }
                if (n.title() != null) {
                    return new Span(n.title(), 1);
                }
                String before = titleBefore(sentence.substring(0, n.start()));
                if (before != null) {
                    return new Span(before, 1);
                }
            }
        }
        return null;
    }

    private static final Set<String> NOT_IN_TITLES = Set.of("including", "with", "by", "as", "from", "said", "says",
            "told", "to", "facing", "headed", "led", "while", "where", "who", "which", "that", "at", "in", "on", "is", "was",
            "will", "be", "and", "according", "meeting", "after", "before", "met", "joined", "alongside");

    /**
     * What an apposition after a name says it is: ", the Swedish government's headquarters in central
     * Stockholm," or ", chief economist at Lindqvist Partners,": a noun phrase that opens with an
     * article or holds a title word — not ", told a briefing".
     */
    private static String apposition(String after) {
        Matcher m = APPOSITION.matcher(after);
        if (!m.find()) {
            return null;
        }
        String phrase = m.group(1).strip();
        boolean article = phrase.matches("(?i)(?:the|a|an)\\s.*");
        return article || talkbot.lexicon.TitleWords.headsPhrase(phrase) ? phrase : null;
    }

    /** "China's international trade representative and vice commerce minister, Li Chenggang": a lower-case title before a name. */
    private static String titleBefore(String before) {
        String b = before.replaceAll("[,\\s]+$", "");
        String[] words = b.split("\\s+");
        int from = words.length;
        while (from > 0) {
            String w = words[from - 1];
            String lower = w.toLowerCase(Locale.ROOT);
            boolean joiner = (lower.equals("and") || lower.equals("for") || lower.equals("of")) && from < words.length && from > 1;
            if ((NOT_IN_TITLES.contains(lower) && !joiner) || !w.matches("[\\p{L}'’-]+") || (Character.isUpperCase(w.charAt(0)) && !w.matches(".*['’]s"))) {
                break;
            }
            from--;
        }
        while (from < words.length && words[from].matches("(?i)and|the|a|an")) {
            from++;
        }
        if (from >= words.length) {
            return null;
        }
        String title = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
        for (int i = from; i < words.length; i++) {
            if (talkbot.lexicon.TitleWords.isHead(words[i])) {
                return Text.clip(title, Answer.SHORT_LIMIT);
            }
        }
        return null;
    }

    /**
     * Whether the question itself names it: an answer never repeats the question's own names. A
     * person or organisation counts by any of its names; a place only as the question writes it
     * ("where did the US team meet?" is answered "Washington", an alias of the US).
     */
    private static boolean asked(Question q, String name) {
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

    private static double fitOf(double[] at, int clause) {
        return clause >= 0 && clause < at.length ? at[clause] : 0;
    }

    private static double max(double[] at) {
        double m = 0;
        for (double v : at) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : s.strip().split("\\s+").length;
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
