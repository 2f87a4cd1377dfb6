package talkbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.AnswerType;
import talkbot.intent.Question;
import talkbot.lexicon.Ordinals;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Clauses.Clause;
import talkbot.reading.Dateline;
import talkbot.reading.Name;
import talkbot.reading.Quotes.Quote;

/**
 * Cuts the direct answer out of a sentence: a whole span of the type the question asks for, taken
 * from the clause that holds most of what the question asks about — by the class for its kind (a
 * person or a title: {@link PersonSpans}; a place, venue or country: {@link PlaceSpans}; a date:
 * {@link DateSpans}; a figure: {@link FigureSpans}; a quotation: {@link QuoteSpans}; a reason:
 * {@link ReasonSpans}; a thing set up: {@link CreatedSpans}), or here for organisations, named things and the answering clause itself.
 * The span's fit is the share of the question's focus its clause (and, for less, its neighbours)
 * holds; it can exceed 1 (it ranks clauses), and callers cap it.
 */
final class SpanExtractor {
    /** A quotation mark opening or closing a clause shown as the answer. */
    private static final Pattern OUTER_QUOTE = Pattern.compile("^[“\"]|[”\"]$");
    /** A short quotation that a colon brings in after a clause: ': "Mission accomplished."'. */
    private static final Pattern COLON_QUOTE = Pattern.compile("\\s*:\\s*[“\"]([^“”\"]{1,60})[”\"]");
    /** The fewest characters of the clause shown before a quotation it brings in. */
    private static final int MIN_LEAD = 20;
    private static final Pattern LEADING_JOINER = Pattern.compile("^(?:while|whereas|but|and|although|though|as|with)\\s+", Pattern.CASE_INSENSITIVE);

    private SpanExtractor() {}

    /**
     * @param also the question reshaped to the second thing it asks for ("where and when": the when),
     *             made once per question by {@link Question#also()}; null when it asks for one thing
     */
    static Optional<Span> extract(Question q, Question also, String sentence, SentenceReading r, Focus focus, double[] at, Sides.Asked side) {
        Optional<Span> first = single(q, sentence, r, focus, at, side);
        if (first.isEmpty() || also == null) {
            return first;
        }
        // "where and when is the next round": the place and the date, when the sentence says both;
        // "who headed the team and what's her title": the title the sentence gives the person found
        Optional<Span> second = also.type() == AnswerType.TITLE && q.type() == AnswerType.PERSON
                ? Optional.ofNullable(PersonSpans.titleOf(first.get().text(), sentence, r))
                : also.type() == AnswerType.FIGURE && q.type() == AnswerType.FIGURE // "how far did exports drop, and to what total"
                ? Optional.ofNullable(FigureSpans.figure(also, sentence, r, at, focus, first.get().text()))
                : single(also, sentence, r, focus, at, side);
        if (second.isEmpty() || first.get().text().contains(second.get().text())) {
            return first;
        }
        return Optional.of(new Span(first.get().text() + ", " + second.get().text(), first.get().fit(), first.get().at()));
    }

    private static Optional<Span> single(Question q, String sentence, SentenceReading r, Focus focus, double[] at, Sides.Asked side) {
        Span span = switch (q.type()) {
            case PERSON -> PersonSpans.person(q, sentence, r, at, focus, side);
            case ORG -> orElse(organisations(q, sentence, r, at), () -> CreatedSpans.created(q, sentence, r, at));
            case CITY -> PlaceSpans.place(q, sentence, r, at, List.of(Set.of(Name.Kind.PLACE), Set.of(Name.Kind.VENUE)), true);
            case VENUE -> PlaceSpans.place(q, sentence, r, at, List.of(Set.of(Name.Kind.VENUE), Set.of(Name.Kind.PLACE)), false);
            case COUNTRY -> PlaceSpans.named(q, sentence, r, at, Set.of(Name.Kind.COUNTRY));
            case PLACE -> PlaceSpans.place(q, sentence, r, at, List.of(Set.of(Name.Kind.PLACE, Name.Kind.VENUE), Set.of(Name.Kind.COUNTRY)), false);
            case DATE -> DateSpans.date(q, sentence, r, at, focus);
            case FREQUENCY -> DateSpans.frequency(sentence, r, at);
            case ORDINAL -> ordinal(sentence, r, at);
            case FIGURE, DURATION -> FigureSpans.figure(q, sentence, r, at, focus);
            case QUOTE -> QuoteSpans.quote(q, sentence, r, at);
            case TITLE -> PersonSpans.title(q, sentence, r);
            case NAME -> name(q, sentence, r, at);
            case REASON -> ReasonSpans.reason(q, sentence, r, at);
            case CLAUSE -> orElse(ConsequenceSpans.consequence(q, sentence, r), () -> CreatedSpans.created(q, sentence, r, at));
            default -> null;
        };
        return Optional.ofNullable(span).filter(s -> !s.text().isBlank());
    }

    /** {@code span}, or when there is none, what {@code other} finds. */
    private static Span orElse(Span span, java.util.function.Supplier<Span> other) {
        return span != null ? span : other.get();
    }

    /** The clause that holds most of the question's focus, as a short answer: for why, what and yes/no questions. */
    static Span clause(String sentence, SentenceReading r, double[] at) {
        return clause(sentence, r, at, false);
    }

    /** A question that asks for things by a plural noun: "which crops does the data exchange cover". */
    private static final String NO_VERB = "(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|the|a|an|its|their|his|her)\\b)";
    private static final Pattern THINGS_ASKED = Pattern.compile(
            "^(?:so\\s+)?(?:which|what)\\s+(?:" + NO_VERB + "[a-z'-]+\\s+){0,2}?" + NO_VERB + "[a-z'-]{3,}s\\b(?<!\\bus)(?<!\\bnews)");
    /** A row of things a clause ends with, after the word that introduces it: "on soybeans, sorghum, corn and wheat". */
    private static final Pattern ROW_AT_END = Pattern.compile(
            "\\b(?:on|of|for|including|such as|like|with|from|to|in|covering)\\s+((?:[^,;]{1,30},\\s+)+[^,;]{1,30}?,?\\s+(?:and|or)\\s+[^,;]{1,30})$");

    /** Whether the question asks for several things by a plural noun, which a row of them answers. */
    static boolean asksThings(Question q) {
        return q.type() == AnswerType.CLAUSE && THINGS_ASKED.matcher(Text.fold(q.corrected())).find();
    }

    /**
     * The clause that holds most of the question's focus; for a question that asks for things
     * ({@code things}), the row of them the clause ends with ("soybeans, sorghum, corn and wheat").
     */
    static Span clause(String sentence, SentenceReading r, double[] at, boolean things) {
        int best = Spans.best(at);
        Clause c = r.clauses().get(best);
        int start = c.start();
        int end = c.end();
        // a clause of a few words says little alone: take its neighbour too
        int last = best;
        if (Spans.words(sentence.substring(start, end)) < 5 && best + 1 < r.clauses().size()) {
            last = best + 1;
            end = r.clauses().get(last).end();
        }
        end = rowEnd(sentence, r, last, end);
        String text = LEADING_JOINER.matcher(sentence.substring(start, end).strip()).replaceFirst("");
        Matcher row = things ? ROW_AT_END.matcher(text) : null;
        boolean rowFound = row != null && row.find();
        if (rowFound) {
            text = row.group(1); // "which crops": the crops, not the clause that lists them
        }
        Matcher said = COLON_QUOTE.matcher(sentence).region(end, sentence.length());
        if (!rowFound && said.lookingAt() && Answer.SHORT_LIMIT - said.group(1).length() - 4 >= MIN_LEAD) {
            // "marked the outcome with a two-word post: "Mission accomplished."": what the clause introduces is the quote
            String quote = Replies.withoutFinalStop(said.group(1).strip());
            String lead = Text.clip(OUTER_QUOTE.matcher(text).replaceAll(""), Answer.SHORT_LIMIT - quote.length() - 4);
            return new Span(Spans.capitalise(lead + ": “" + quote + "”"), at[best]);
        }
        text = Text.clip(OUTER_QUOTE.matcher(text).replaceAll(""), Answer.SHORT_LIMIT);
        return new Span(Spans.capitalise(text), at[best]);
    }

    /** The most words of one item of a row of things: "soybeans", "dairy and ethanol". */
    private static final int ROW_ITEM_WORDS = 4;
    private static final Pattern ROW_END = Pattern.compile("\\b(?:and|or)\\b");
    /** An item that says something of its own is a clause, not a thing of a row: "and Thailand didn't", "and markets rallied". */
    private static final Pattern SAYS_SOMETHING = Pattern.compile("(?i)\\b(?:not|never|did|does|do|said|says|is|are|was|were|will|would)\\b|n[’']t\\b|\\b[a-z]{3,}ed\\b");

    /**
     * Where a row of things that a clause ends with ends, past the commas that split it into
     * clauses: "Washington has pushed for greater access for U.S. corn, soybeans, dairy and
     * ethanol". The row goes on through short clauses up to the one that closes it with "and" or
     * "or"; when none does, {@code end} stays.
     */
    private static int rowEnd(String sentence, SentenceReading r, int last, int end) {
        for (int i = last + 1; i < r.clauses().size(); i++) {
            Clause c = r.clauses().get(i);
            String item = sentence.substring(c.start(), c.end());
            String gap = sentence.substring(r.clauses().get(i - 1).end(), c.start()).strip();
            if (Spans.words(item) > ROW_ITEM_WORDS || !gap.equals(",") || SAYS_SOMETHING.matcher(item).find()) {
                return end;
            }
            if (ROW_END.matcher(item).find()) {
                return c.end();
            }
        }
        return end;
    }

    /** A round's number in its series: "the third formal round", "the 4th round of talks". */
    private static final Pattern ORDINAL_ROUND = Pattern.compile("(?i)\\b" + Ordinals.alternation() + "\\s+(?:(?:formal|full|official|in-person|face-to-face|high-level|negotiating"
            + "|ministerial)\\s+)?(?:round|meeting|session)\\b");

    /** The number of a round, from the clause that fits the question best when a sentence counts several. */
    private static Span ordinal(String sentence, SentenceReading r, double[] at) {
        Matcher m = ORDINAL_ROUND.matcher(sentence);
        Span best = null;
        while (m.find()) {
            Span s = new Span(m.group(), Spans.fitOf(at, r.clauseAt(m.start())), m.start());
            if (best == null || s.fit() > best.fit()) {
                best = s;
            }
        }
        return best;
    }

    /** Institutions and companies, all those of the best clause: "Nvidia and AMD". A one-word name no dictionary has counts. */
    private static Span organisations(Question q, String sentence, SentenceReading r, double[] at) {
        List<Name> orgs = new ArrayList<>();
        Set<String> kindsAsked = kindsAsked(q);
        for (Name n : r.names()) {
            boolean company = n.kind() == Name.Kind.OTHER && !n.text().contains(" ")
                    && !talkbot.lexicon.EnglishWords.contains(n.text().toLowerCase(Locale.ROOT));
            if ((n.kind() == Name.Kind.ORG || company) && !Spans.asked(q, n.text())
                    && !partOfModel(sentence, n)
                    && !talkbot.lexicon.OrgKinds.conflict(kindsAsked, n.text() + " " + describedAfter(sentence, n))) {
                orgs.add(n); // "which bank": not the "Bergen Institute for International Economics"
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
            if (Spans.fitOf(at, r.clauseAt(n.start())) > Spans.fitOf(at, best)) {
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
        return new Span(plural ? Replies.list(names) : names.get(0), Spans.fitOf(at, best));
    }

    /** A model number right before a word, which makes it part of the model's name: "737 MAX", "A350 XWB" — not a year ("in 2025 Nvidia"). */
    private static final Pattern MODEL_NUMBER_BEFORE = Pattern.compile("(?<![\\w,.$])(?!(?:19|20)\\d\\d\\s)[A-Z]?\\d{2,4}[a-z]?\\s+$");

    /** Whether a name is the end of a model's name, after its number: the "MAX" of "120 737 MAX narrowbodies" is no airline. */
    private static boolean partOfModel(String sentence, Name n) {
        return MODEL_NUMBER_BEFORE.matcher(sentence.substring(Math.max(0, n.start() - 8), n.start())).find();
    }

    /** What a name is said to be right after it: ", a London-based consultancy," — not the next of a list (", the Peterson Institute and HSBC"). */
    private static final Pattern DESCRIBED = Pattern.compile("^,\\s+(?:a|an|the)\\s+[^,;.]{2,80}");
    private static final Pattern LISTED_NAME = Pattern.compile("^,\\s+(?:a|an|the)\\s+\\p{Lu}\\p{L}*\\s+\\p{Lu}|\\band\\s+(?:the\\s+)?\\p{Lu}");

    private static String describedAfter(String sentence, Name n) {
        Matcher m = DESCRIBED.matcher(sentence.substring(n.end()));
        return m.find() && !LISTED_NAME.matcher(m.group()).find() ? m.group() : "";
    }

    /** The kind of organisation the question asks for, from the words after "which" or "what": "which bank does …", "… and what think tank is she with". */
    private static final Pattern KIND_ASKED = Pattern.compile("\\b(?:which|what)\\s+((?:[\\w-]+\\s+){0,2}[\\w-]+)");

    private static Set<String> kindsAsked(Question q) {
        Set<String> kinds = new java.util.HashSet<>();
        Matcher m = KIND_ASKED.matcher(Text.fold(q.corrected()));
        while (m.find()) {
            kinds.addAll(talkbot.lexicon.OrgKinds.of(m.group(1)));
        }
        return kinds;
    }

    /** What something is called: words in quotation marks that nobody says ("Liberation Day"), else a name that is no person or place. */
    private static Span name(Question q, String sentence, SentenceReading r, double[] at) {
        if (q.shape().typeWord() != null) {
            return thing(q, sentence, r, at, q.shape().typeWord());
        }
        for (Quote quote : r.quotes()) {
            if (!quote.speech() || Spans.words(quote.words()) <= 3) {
                if (!Spans.asked(q, quote.words())) {
                    return new Span(quote.words(), Spans.fitOf(at, r.clauseAt(quote.start() + 1)), quote.start() + 1);
                }
            }
        }
        int dateline = Dateline.end(sentence);
        for (Name n : r.names()) {
            if ((n.kind() == Name.Kind.OTHER || n.kind() == Name.Kind.ORG) && !Spans.asked(q, n.text()) && n.start() >= dateline) {
                return new Span(n.text(), Spans.fitOf(at, r.clauseAt(n.start())), n.start());
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
        int dateline = Dateline.end(sentence); // "DUBAI, Aug. 15 (Wire report) -": whose report it is, no thing it tells of
        for (Name n : r.names()) {
            boolean named = namedAfter.region(Math.max(0, n.start() - 60), n.start()).find();
            if (!(THINGS.contains(n.kind()) || named && n.kind() != Name.Kind.COUNTRY) || Spans.asked(q, n.text()) || Spans.quoted(r, n)
                    || describing(sentence, n) || partOfModel(sentence, n) || n.start() < dateline) {
                continue;
            }
            boolean byNoun = near.find(Math.max(0, n.start() - 30)) && near.start() <= n.end() + 30;
            // "on Sentosa island", "in the Jongno district": the noun right after the name says what it is
            boolean namedBefore = after.region(n.end(), lower.length()).lookingAt();
            if (n.kind() == Name.Kind.PLACE && !district && !PLACE_THINGS.matcher(stem).matches() && !byNoun && !named && !namedBefore) {
                continue; // "what shipping records is washington asking for": not the "Tokyo" of the talks' dateline
            }
            double score = Spans.fitOf(at, r.clauseAt(n.start())) + (byNoun ? 1 : 0) + (named || namedBefore ? 1 : 0);
            if (score > bestScore) {
                best = n;
                bestScore = score;
            }
        }
        if (best == null) {
            return null;
        }
        List<String> all = noun.length() > 3 && Spans.plural(noun) ? coordinated(q, sentence, r, best) : List.of(best.text());
        return new Span(Replies.list(all), Spans.fitOf(at, r.clauseAt(best.start())), best.start());
    }

    /** Nouns a place's name answers without the sentence saying them: "which island", "what port". */
    private static final Pattern PLACE_THINGS = Pattern.compile("(?:cit(?:y|ie)|countr(?:y|ie)|count(?:y|ie)|town|village|state|province|region"
            + "|prefecture|island|capital|port|place|location|venue|site|area|resort|hub|destination|border|crossing|terminal|harbou?r|route)s?");

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
            if (!THINGS.contains(n.kind()) || Spans.asked(q, n.text()) || !LIST_JOIN.matcher(sentence.substring(last.end(), n.start())).matches()) {
                break;
            }
            out.add(n.text());
            last = n;
        }
        return out;
    }
}
