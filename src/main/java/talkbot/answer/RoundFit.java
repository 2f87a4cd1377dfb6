package talkbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import talkbot.corpus.Article;
import talkbot.corpus.Corpus;
import talkbot.corpus.Entity;
import talkbot.corpus.Round;
import talkbot.corpus.Sentence;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.index.Vocabulary;
import talkbot.intent.EntityMatcher;
import talkbot.intent.Question;
import talkbot.intent.Scope;
import talkbot.lexicon.Ordinals;
import talkbot.reading.Name;
import talkbot.time.DateMention;

/**
 * Whether a sentence belongs to the round a question names: its article reports that round, or
 * the sentence itself speaks of it ("In Geneva in May, they agreed ..."); and which round is the
 * first or the latest. Answers never come from a round the question rules out.
 */
final class RoundFit {
    enum Match { MATCH, NEUTRAL, MISMATCH }

    private final Map<String, Article> articles = new HashMap<>();
    /**
     * Per article, the words of its title and opening sentences (what it is about), read when a
     * question first needs them: a snapshot of a large corpus is ready without reading every lead.
     */
    private final Map<String, List<String>> leadWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per article, whether it tells of a first round (see {@link #firstRoundFit}), read when a question first asks. */
    private final Map<String, Boolean> tellsFirst = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per article, the place it says a first round before its own was held at ("" when it names none), read when a question first asks. */
    private final Map<String, String> firstPlaceTold = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Round> byDate;
    /**
     * The selections of the last scopes asked about: a question's fact search and sentence search,
     * and the next questions with the same scope ("in may", "china"), share one.
     */
    private final Map<Scope, Set<String>> selections = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int SELECTIONS_KEPT = 64;
    /** Every place name of every round, once each, in the order of {@link #byDate}: what a clause may name. */
    private final List<PlaceName> placeNames;
    /** The words of each place a question names, by all its names: worked out once per place, not for every sentence. */
    private final Map<String, List<List<String>>> placeWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** Per article id: its round, its position in {@link #byDate} and its place names folded — one lookup for all three. */
    private final Map<String, Slot> slots = new HashMap<>();

    private record Slot(Round round, int position, List<String> folded) {}
    /** Per folded place name, the positions in {@link #byDate} of the rounds it names. */
    private final Map<String, int[]> roundsAt = new HashMap<>();

    /** A place name as written, folded, and as words. */
    private record PlaceName(String name, String folded, List<String> words) {}

    /**
     * Per country a question named (folded), the positions in {@link #byDate} of the rounds whose
     * article's title names it: worked out when a question first names it.
     */
    private final Map<String, java.util.BitSet> titledWith = new java.util.concurrent.ConcurrentHashMap<>();

    RoundFit(Corpus corpus) {
        for (Article a : corpus.articles()) {
            articles.put(a.id(), a);
        }
        Map<String, String> foldedOf = new HashMap<>(); // each distinct place name folded once, one String for each
        List<Round> sorted = new ArrayList<>(corpus.rounds());
        sorted.sort(Comparator.comparing(Round::from).thenComparing(Round::published));
        this.byDate = List.copyOf(sorted);
        Map<String, PlaceName> names = new java.util.LinkedHashMap<>();
        Map<String, java.util.BitSet> at = new HashMap<>();
        for (int i = 0; i < byDate.size(); i++) {
            Round r = byDate.get(i);
            List<String> folded = new ArrayList<>(r.placeNames().size());
            for (String n : r.placeNames()) {
                String f = foldedOf.computeIfAbsent(n, Text::fold);
                folded.add(f);
                at.computeIfAbsent(f, k -> new java.util.BitSet()).set(i);
                names.computeIfAbsent(n, k -> new PlaceName(k, f, Vocabulary.words(k)));
            }
            slots.put(r.articleId(), new Slot(r, i, List.copyOf(folded)));
        }
        this.placeNames = List.copyOf(names.values());
        at.forEach((f, bits) -> roundsAt.put(f, bits.stream().toArray()));
    }

    /** The words of an article's title and first three sentences (none for an article this corpus lacks). */
    private List<String> leadWords(String articleId) {
        Article a = articles.get(articleId);
        if (a == null) {
            return List.of();
        }
        return leadWords.computeIfAbsent(articleId, id -> {
            StringBuilder lead = new StringBuilder(a.info().title());
            int n = 0;
            for (Sentence s : a.sentences()) {
                if (!s.heading() && n++ < 3) {
                    lead.append(' ').append(s.text());
                }
            }
            return List.copyOf(Vocabulary.words(lead.toString()));
        });
    }

    /**
     * The articles of the rounds a question's place and time select: empty when it names neither.
     * The set also knows the (folded) place names of those rounds.
     */
    Set<String> selected(Question q) {
        Scope scope = q.scope();
        if (!scope.selects()) {
            return new Selection(this, new java.util.BitSet(), Set.of());
        }
        Set<String> kept = selections.get(scope);
        if (kept == null) {
            kept = select(scope);
            if (selections.size() >= SELECTIONS_KEPT) {
                selections.clear();
            }
            selections.put(scope, kept);
        }
        return kept;
    }

    private Selection select(Scope scope) {
        java.util.BitSet fit = candidates(scope);
        java.util.BitSet out = new java.util.BitSet(byDate.size());
        Set<String> places = new HashSet<>();
        for (int i = fit.nextSetBit(0); i >= 0; i = fit.nextSetBit(i + 1)) {
            Round r = byDate.get(i);
            if (placeFits(scope, r) != Boolean.FALSE && timeFits(scope, r) != Boolean.FALSE) {
                out.set(i);
                places.addAll(slots.get(r.articleId()).folded());
            }
        }
        return new Selection(this, out, Set.copyOf(places));
    }

    /**
     * The positions in {@link #byDate} of the rounds that may fit the scope: those with one of its
     * places, when it names any (no other round's place fits); else all.
     */
    private java.util.BitSet candidates(Scope scope) {
        java.util.BitSet out = new java.util.BitSet(byDate.size());
        if (scope.places().isEmpty()) {
            out.set(0, byDate.size());
            return out;
        }
        for (String p : scope.places()) {
            for (int i : roundsAt.getOrDefault(p, new int[0])) {
                out.set(i);
            }
            out.or(titledWithCountry(p));
        }
        return out;
    }

    /**
     * The most rounds, newest first, whose titles {@link #titledWithCountry} reads: a few
     * milliseconds in a corpus of 100,000 articles. A deal older than the newest 2,000 rounds is
     * found by its place only, as before.
     */
    private static final int TITLES_READ = 2_000;

    /**
     * The rounds whose article's title names the country, by any of its names: "the britain deal"
     * is the one the US and the UK unveiled in Washington, not only the talks held in London. None
     * for a name that is no country's ("geneva"); a city-state ("singapore") is both.
     */
    private java.util.BitSet titledWithCountry(String folded) {
        return titledWith.computeIfAbsent(folded, p -> {
            talkbot.lexicon.WorldPlaces world = talkbot.lexicon.WorldPlaces.get();
            var country = world.country(p);
            if (country.isEmpty() || world.isAdjective(p) || country.get().names().stream().noneMatch(n -> Text.fold(n).equals(p))) {
                return new java.util.BitSet();
            }
            List<List<String>> names = country.get().names().stream().map(Vocabulary::words).filter(w -> !w.isEmpty()).toList();
            java.util.BitSet out = new java.util.BitSet(byDate.size());
            for (int i = byDate.size() - 1; i >= Math.max(0, byDate.size() - TITLES_READ); i--) {
                Article a = articles.get(byDate.get(i).articleId());
                if (a != null) {
                    List<String> title = Vocabulary.words(a.info().title());
                    if (names.stream().anyMatch(n -> java.util.Collections.indexOfSubList(title, n) >= 0)) {
                        out.set(i);
                    }
                }
            }
            return out;
        });
    }

    /**
     * The articles of the selected rounds, as a bit set over the rounds in date order, with their
     * rounds' place names (folded): looked up per candidate sentence. Immutable.
     */
    private static final class Selection extends java.util.AbstractSet<String> {
        private final RoundFit fit;
        private final java.util.BitSet rounds;
        private final Set<String> places;
        private final int size;

        Selection(RoundFit fit, java.util.BitSet rounds, Set<String> places) {
            this.fit = fit;
            this.rounds = rounds;
            this.places = places;
            this.size = rounds.cardinality();
        }

        @Override
        public boolean contains(Object o) {
            Slot slot = o instanceof String id ? fit.slots.get(id) : null;
            return slot != null && rounds.get(slot.position());
        }

        @Override
        public java.util.Iterator<String> iterator() {
            return rounds.stream().mapToObj(i -> fit.byDate.get(i).articleId()).iterator();
        }

        @Override
        public int size() {
            return size;
        }
    }

    /** The articles of the newest rounds, at most {@code most}, newest first: those a question that names no round may mean. */
    List<String> newest(int most) {
        List<String> out = new ArrayList<>();
        for (int i = byDate.size() - 1; i >= 0 && out.size() < most; i--) {
            out.add(byDate.get(i).articleId());
        }
        return out;
    }

    /** The article of the first or latest round of those about the parties the question names; null when it asks neither. */
    String ordered(Question q) {
        Scope.Order order = q.scope().order();
        if (order == Scope.Order.NONE) {
            return null;
        }
        boolean first = order == Scope.Order.FIRST;
        for (int i = 0; i < byDate.size(); i++) {
            Round r = byDate.get(first ? i : byDate.size() - 1 - i); // from the end it asks for: most leads are never read
            if (leadNamesCountriesAsked(q, r.articleId())) {
                return first && anotherFirstTold(q, r) ? null : r.articleId();
            }
        }
        return null;
    }

    /**
     * Whether a report of the parties asked tells of a first round held elsewhere than the earliest report's round ("The
     * talks were launched in Singapore in June 2027", beside a report of talks in London two years before): the earliest
     * report is then of other talks, and the first round is the one told of, not the earliest reported.
     */
    private boolean anotherFirstTold(Question q, Round earliest) {
        if (earliest.place() == null) {
            return false;
        }
        for (Round r : byDate) {
            if (r != earliest && leadNamesCountriesAsked(q, r.articleId())) {
                String told = firstPlaceTold(r.articleId());
                if (!told.isEmpty() && !Text.fold(told).equals(Text.fold(earliest.place()))
                        && earliest.placeNames().stream().noneMatch(n -> Text.fold(n).equals(Text.fold(told)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The place where the article says a first round before its own was held, or "" when it tells of none by place. */
    private String firstPlaceTold(String articleId) {
        Article a = articles.get(articleId);
        Round own = round(articleId);
        if (a == null || own == null) {
            return "";
        }
        return firstPlaceTold.computeIfAbsent(articleId, id -> a.sentences().stream().filter(s -> !s.heading())
                .map(s -> placeOfFirst(s.text(), own)).filter(p -> !p.isEmpty()).findFirst().orElse(""));
    }

    /**
     * How a sentence fits a question about the first round of the talks between the countries it
     * names ("when was the first round of us turkey talks"), in a report that tells of a first round
     * ("It followed a first round in Washington in October"): a sentence that tells of it is about
     * the round asked, the report's other sentences are about a later one. NEUTRAL when the question
     * names the round by its city or time (which picks it itself), asks no first round, or the report
     * is about other parties or tells of no first round.
     */
    Match firstRoundFit(Question q, String articleId, String sentence) {
        Scope scope = q.scope();
        if (scope.order() != Scope.Order.FIRST || scope.hasTime() || scope.places().stream().anyMatch(talkbot.lexicon.WorldPlaces.get()::isCity)
                || !tellsOfFirstRound(articleId)) {
            return Match.NEUTRAL;
        }
        if (!leadNamesCountriesAsked(q, articleId)) {
            return Match.NEUTRAL;
        }
        return recallsFirst(sentence, round(articleId)) ? Match.MATCH : Match.MISMATCH;
    }

    /** Whether the article's lead names every country the question names: a report of their talks. */
    private boolean leadNamesCountriesAsked(Question q, String articleId) {
        for (Entity e : q.entities()) {
            if (e.type() == Entity.EntityType.COUNTRY && !EntityMatcher.mentions(leadWords(articleId), e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether one of the article's sentences tells of a first round before its own: one that
     * followed it ("It followed a first round in Washington") or held elsewhere ("The first round,
     * in Brussels in late January"), not the report of a first round calling itself one.
     */
    private boolean tellsOfFirstRound(String articleId) {
        Article a = articles.get(articleId);
        Round own = round(articleId);
        return a != null && own != null && tellsFirst.computeIfAbsent(articleId,
                id -> a.sentences().stream().anyMatch(s -> !s.heading() && recallsFirst(s.text(), own)));
    }

    /** Whether the sentence tells of a first round before the report's own (read in the sentence as written: its offsets are the text's). */
    private static boolean recallsFirst(String sentence, Round own) {
        if (!placeOfFirst(sentence, own).isEmpty()) {
            return true;
        }
        java.util.regex.Matcher m = TELLS_FIRST.matcher(sentence);
        while (m.find()) {
            if (AFTER_ONE.matcher(sentence.substring(0, m.start())).find()) {
                return true; // "It followed a first round in Washington"
            }
        }
        return false;
    }

    /**
     * The place the sentence says a first round before the report's own was held at, "" when it says none: "The first
     * round, in Brussels in late January", "The talks were launched in Singapore in June" — a city or country the world
     * list knows, not the round's own.
     */
    private static String placeOfFirst(String sentence, Round own) {
        String launched = launchedAt(sentence, own);
        if (!launched.isEmpty()) {
            return launched;
        }
        java.util.regex.Matcher m = TELLS_FIRST.matcher(sentence);
        while (m.find()) {
            java.util.regex.Matcher at = HELD_AT.matcher(sentence.substring(m.end()));
            if (at.lookingAt() && elsewhereThan(own, at.group(1))) {
                return at.group(1);
            }
        }
        return "";
    }

    /**
     * Whether the sentence, in a report about the countries asked, tells where its talks were launched, at a known place
     * other than the report's own round's: "The talks were launched in Singapore in June".
     */
    boolean tellsLaunch(Question q, String articleId, String sentence) {
        Round own = round(articleId);
        return own != null && leadNamesCountriesAsked(q, articleId) && !launchedAt(sentence, own).isEmpty();
    }

    /** Where the sentence says its talks were launched, a known place other than the round's own, or "": "The talks were launched in Singapore". */
    private static String launchedAt(String sentence, Round own) {
        java.util.regex.Matcher launched = LAUNCHED_AT.matcher(sentence);
        while (launched.find()) {
            String two = launched.group(2) == null ? null : launched.group(1) + launched.group(2);
            String place = two != null && known(two) ? two : launched.group(1); // "Hong Kong"; "Geneva" of "Geneva Monday"
            if (elsewhereThan(own, place)) {
                return place;
            }
        }
        return "";
    }

    /**
     * Talks told of as begun somewhere: "The talks were launched in Singapore", "the negotiations began in Geneva in May",
     * "Negotiators first met in Geneva in June".
     */
    private static final java.util.regex.Pattern LAUNCHED_AT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:(?:the|these|their)\\s+(?:trade\\s+)?(?:talks|negotiations|dialogue)\\s+(?:(?:were|was|had\\s+been)\\s+(?:first\\s+)?(?:launched|started|opened|begun|kicked\\s+off)"
                    + "|(?:first\\s+)?(?:began|started|opened|kicked\\s+off))"
                    + "|(?:negotiators|the\\s+(?:two\\s+sides|delegations|negotiators|two\\s+governments))\\s+(?:had\\s+)?first\\s+met)"
                    + "\\s+in\\s+(?-i:(\\p{Lu}[\\p{L}-]+)(\\s\\p{Lu}[\\p{L}-]+)?)");

    /** Whether the place is a city or country the world list knows and not the round's own. */
    private static boolean elsewhereThan(Round own, String place) {
        return known(place) && own.placeNames().stream().noneMatch(n -> Text.fold(n).equals(Text.fold(place)));
    }

    /** Whether the world list knows the place as a city or a country. */
    private static boolean known(String place) {
        return talkbot.lexicon.WorldPlaces.get().isCity(place) || talkbot.lexicon.WorldPlaces.get().country(place).isPresent();
    }

    /** Words before a first round that make it one before the report's own: "followed a", "after the" (not "since": "since the first round of tariffs"). */
    private static final java.util.regex.Pattern AFTER_ONE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:followed|following|after|built on|builds on)\\s+(?:a|an|the|its)\\s+$");
    /** Where a round was held, written after it: ", in Brussels", " held in Ottawa" (a venue, "at the Palais des Nations", is no other city). */
    private static final java.util.regex.Pattern HELD_AT = java.util.regex.Pattern.compile(
            "(?:\\s+of\\s+(?:the\\s+)?talks)?,?\\s+(?:(?:was\\s+)?(?:held|hosted)\\s+)?(?:in|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)");

    /**
     * Whether every "first" of the sentence is a first since something or in a while, which tells of no first round: "It was
     * the first such session since ministers met in London", "for the first time since 2019", "the first such meeting in a year".
     */
    static boolean firstOnlySince(String sentence) {
        String folded = Text.fold(sentence);
        java.util.regex.Matcher m = FIRST_WORD.matcher(folded);
        boolean any = false;
        while (m.find()) {
            if (!FIRST_SINCE.matcher(folded).region(m.start(), folded.length()).lookingAt()) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static final java.util.regex.Pattern FIRST_WORD = java.util.regex.Pattern.compile("\\bfirst\\b");
    private static final java.util.regex.Pattern FIRST_SINCE = java.util.regex.Pattern.compile(
            "first (?:[\\w-]+ ){0,3}(?:since|in (?:a|one|two|three|four|five|several|many|\\d+) (?:year|years|month|months|decade|decades))\\b");

    /** A sentence that tells of a first round: "a first round in Washington", "the first session", "the opening round of talks". */
    private static final java.util.regex.Pattern TELLS_FIRST = java.util.regex.Pattern.compile(
            "(?i)\\b(?:first|initial|opening|inaugural)\\s+(?:round|rounds|meeting|session|talks|negotiations)\\b");

    Match of(Question q, Set<String> selected, String ordered, Sentence s, SentenceReading reading) {
        Scope scope = q.scope();
        if (atUnreportedCity(q, s)) {
            return Match.MISMATCH;
        }
        if (scope.selects()) {
            Round r = round(s.articleId());
            if (selected.contains(s.articleId())) {
                return Match.MATCH;
            }
            boolean cityNamed = scope.places().stream().anyMatch(talkbot.lexicon.WorldPlaces.get()::isCity); // not "britain": a party too
            if (cityNamed && beforeAll(r, selected) && !AHEAD.matcher(Text.fold(q.corrected())).find()) {
                return Match.MISMATCH; // a report from before the round asked about can only announce it
            }
            Boolean place = placeFits(scope, r);
            boolean placeSaid = !scope.places().isEmpty() && saysPlace(scope, s.text());
            boolean timeSaid = scope.hasTime() && saysTime(scope, reading);
            boolean placeOk = scope.places().isEmpty() || place == Boolean.TRUE || placeSaid;
            boolean timeOk = !scope.hasTime() || timeFits(scope, r) == Boolean.TRUE || timeSaid;
            return placeOk && timeOk && (placeSaid || timeSaid) ? Match.MATCH : Match.MISMATCH;
        }
        if (ordered != null) {
            return ordered.equals(s.articleId()) ? Match.MATCH : Match.NEUTRAL;
        }
        return Match.NEUTRAL;
    }

    /**
     * "Who led the chinese side at the lisbon talks": the question names a city no article reports a
     * round in (one report only recalls "the first round, held in Lisbon"), so a sentence of a report
     * of a round in another city that does not say it is about another round.
     */
    private boolean atUnreportedCity(Question q, Sentence s) {
        Round r = round(s.articleId());
        if (r == null || r.place() == null) {
            return false;
        }
        List<String> asked = null;
        List<String> words = null;
        for (Entity e : q.entities()) {
            if (!isCity(e) || q.scope().places().contains(Text.fold(e.name()))) {
                continue;
            }
            List<String> city = Vocabulary.words(e.name());
            if (java.util.Collections.indexOfSubList(Vocabulary.words(r.place()), city) >= 0) {
                continue; // the report is of a round there
            }
            asked = asked == null ? Vocabulary.words(q.corrected()) : asked;
            if (!namedAsScene(asked, city)) {
                continue; // "exports through rotterdam" names no round
            }
            words = words == null ? Vocabulary.words(s.text()) : words;
            if (!saysAnyOf(List.of(Text.fold(e.name())), words)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a place a question names is a city: what may name a round ("in geneva"), where a country names its parties. */
    static boolean isCity(Entity e) {
        return e.type() == Entity.EntityType.PLACE && talkbot.lexicon.WorldPlaces.get().isCity(e.name());
    }

    /** The cities the question names as the scene of a round ("at the earlier round in geneva"), as it writes them. */
    static List<String> sceneCities(Question q) {
        List<String> out = new ArrayList<>();
        List<String> asked = Vocabulary.words(q.corrected());
        for (Entity e : q.entities()) {
            if (isCity(e) && namedAsScene(asked, Vocabulary.words(e.name()))) {
                out.add(e.name());
            }
        }
        return List.copyOf(out);
    }

    /** Whether the question's words name the city as the scene of a round: "at the lisbon talks", "in lisbon". */
    static boolean namedAsScene(List<String> asked, List<String> city) {
        int at = java.util.Collections.indexOfSubList(asked, city);
        return at >= 0 && ((at > 0 && SCENE_BEFORE.contains(asked.get(at - 1)))
                || (at + city.size() < asked.size() && SCENE_AFTER.contains(asked.get(at + city.size()))));
    }

    /** Where a question names the scene of a round: "at the lisbon talks", "in lisbon". */
    private static final Set<String> SCENE_BEFORE = Set.of("in", "at");
    private static final Set<String> SCENE_AFTER = Set.of("talks", "round", "rounds", "meeting", "meetings", "negotiations", "summit", "session");

    private static final int FEW_ROUNDS = 16;
    /** A question about what is still to come at a round: the reports that announced it may answer it. */
    private static final java.util.regex.Pattern AHEAD = java.util.regex.Pattern.compile(
            "\\b(?:will|going to|plan|plans|planned|expected|upcoming|agenda)\\b");

    /** Whether the article came out before every selected round began. */
    private boolean beforeAll(Round r, Set<String> selected) {
        if (selected.isEmpty() || selected.size() > FEW_ROUNDS) {
            return false; // a selection of many rounds ("china" in a corpus of other talks) dates nothing
        }
        for (String id : selected) {
            if (!r.published().isBefore(round(id).from())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a clause speaks of another round than the selected ones, by naming its place ("a
     * truce agreed during talks in Switzerland" in the London report is about Geneva).
     */
    boolean speaksOfOtherRound(Question q, Set<String> selected, String clause) {
        return speaksOfOtherRound(q, selected, clause, name -> false);
    }

    /**
     * As {@link #speaksOfOtherRound(Question, Set, String)}, where a place no atlas knows counts too
     * when the clause's reading names it as a place ("Second round held in Honolulu").
     */
    boolean speaksOfOtherRound(Question q, Set<String> selected, String clause, java.util.function.Predicate<String> readAsPlace) {
        if (q.scope().places().isEmpty()) {
            return false;
        }
        // a place only the sentence's reading knows counts in a clause about a round ("Second round held in Honolulu"),
        // not in one about a meeting ("the delegations met in Plainpalais, a district of Geneva")
        if (EVENT_ELSEWHERE.matcher(clause).results().anyMatch(m -> elsewhere(q, selected, m.group(1),
                        ROUND_EVENT.matcher(clause.substring(0, m.end())).find() ? readAsPlace : name -> false)
                && !anchored(Vocabulary.words(clause.substring(0, m.start())), Integer.MAX_VALUE))) {
            return true; // "a truce agreed during talks in Switzerland": an event at a place that is not the round's
        }
        List<String> words = Vocabulary.words(clause);
        // Each name of a round that is not selected, unless it is also a name of a selected one:
        // a name no selected round has belongs to unselected rounds only.
        for (PlaceName n : placeNames) {
            if (!q.scope().places().contains(n.folded()) && !placeOfSelected(selected, n.folded()) && namedAsAnEvent(words, n.words())) {
                return true;
            }
        }
        return false;
    }

    /** A clause about a round: "Second round held in", "the previous round of talks was held in". */
    private static final java.util.regex.Pattern ROUND_EVENT = java.util.regex.Pattern.compile("(?i)\\brounds?\\b");

    /** A question about what follows the round it names: "when and where is the next round after manila". */
    private static final java.util.regex.Pattern ASKS_NEXT = java.util.regex.Pattern.compile(
            "\\b(?:next (?:round|meeting|session|talks)|meet (?:again|next)|follow-up (?:round|meeting|talks)|reconvene)\\b");
    /** A clause that announces a later meeting: "negotiators will meet again in Washington on Oct. 15". */
    private static final java.util.regex.Pattern ANNOUNCES = java.util.regex.Pattern.compile(
            "\\b(?:(?:will|to|due to|set to|plan to|plans to) (?:meet|resume|reconvene|hold)|meet again|next (?:round|meeting|session)"
                    + "|(?:another|" + Ordinals.laterAlternation() + ")(?: [a-z]+-level)? (?:round|meeting|session)"
                    + " (?:(?:is|are) (?:scheduled|planned|due|set|expected) (?:to take place|to be held|to open|to begin|to start|for)"
                    + "|will (?:be held|take place|open|begin|start))\\b"
                    // "have tentatively set the seventh round for Cartagena", "had proposed a fourth round in Bratislava"
                    + "|\\b(?:set|sets|scheduled|schedules|proposed|proposes|planned|plans|pencilled in|penciled in|agreed on|agreed to hold)"
                    + " (?:the |a |an )?(?:further |follow-up |" + Ordinals.laterAlternation() + " )(?:[a-z]+-level )?(?:round|meeting|session)"
                    + " (?:for|in|at)\\b)\\b");

    /**
     * A meeting, then "before" a round (its place is {@code <place>} in the question): "where was the round before oslo", "where
     * did they meet before ankara", "where were talks held prior to the one in oslo"; or "which round preceded oslo".
     */
    private static final java.util.regex.Pattern MET_BEFORE = java.util.regex.Pattern.compile(
            "\\b(?:round|rounds|talks|meeting|meetings|session|sessions|meet|met|held|hosted|negotiations)\\b(?:\\W+\\w+){0,3}?\\W+"
                    + "(?:before|prior to|preceding|ahead of)\\s+(?:the\\s+|this\\s+)?(?:(?:round|one|talks|meeting)\\s+in\\s+)?(?:\\w+\\s+)?<place>"
                    + "|\\bpreceded\\s+(?:the\\s+)?(?:\\w+\\s+)?<place>");
    /**
     * A clause that recalls the round before its own: "the previous round, held in Lisbon", "it followed a first round in
     * Washington", "last month's talks in Beijing" (not "the last round before the deadline", nor "followed the announcement").
     */
    private static final java.util.regex.Pattern RECALLS = java.util.regex.Pattern.compile(
            "\\b(?:(?:previous|prior|preceding|earlier)\\s+(?:rounds?|meetings?|sessions?|talks|negotiations)"
                    + "|(?:all|each|both|every one)\\s+(?:\\w+\\s+)?of\\s+those\\s+(?:rounds|meetings|sessions)" // "in all four of those rounds"
                    + "|followed\\s+(?:a|an|the|last)\\s+(?:[\\w-]+\\s+){0,2}?(?:round|meeting|session|talks|negotiations)"
                    + "|last\\s+(?:month|week|year)'?s?\\s+(?:round|meeting|session|talks|negotiations|discussions))\\b");

    /** Whether the question asks about the round before the one it names by its place (and names no other). */
    static boolean asksWhatPreceded(Question q) {
        if (q.scope().places().size() != 1) {
            return false; // "what was agreed at the talks in london before the geneva round" asks about London
        }
        String place = q.scope().places().iterator().next();
        String folded = Text.fold(q.corrected());
        int at = folded.indexOf(place);
        return at >= 0 && MET_BEFORE.matcher(folded.substring(0, at) + "<place>" + folded.substring(at + place.length())).find();
    }

    /**
     * "Where was the round before this one", "what was set up at the previous round", "where were the earlier rounds held":
     * the round, or rounds, before the report's own.
     */
    private static final java.util.regex.Pattern BEFORE_THIS = java.util.regex.Pattern.compile(
            "\\b(?:round|rounds|talks|meeting|meetings|session|negotiations|met|meet|held)\\b(?:\\W+\\w+){0,3}?\\W+(?:before|prior to|preceding)"
                    + "\\s+(?:this|these|the current|the latest)\\b"
                    + "|\\b(?:previous|prior|preceding)\\s+(?:round|rounds|meeting|meetings|session|sessions|talks|negotiations)\\b"
                    + "|\\bearlier\\s+(?:round|rounds|meeting|meetings|session|sessions)\\b"); // not "the earlier talks", which may be any

    /**
     * Whether the question asks about the round before the one a report is about, naming no city
     * (of a round or any other) or time (a country, as in "the previous round of us-japan talks", names whose talks): each
     * report's recall of the round before its own answers it, and the newest report's wins.
     */
    static boolean asksWhatPrecededThis(Question q) {
        return q.scope().places().stream().noneMatch(talkbot.lexicon.WorldPlaces.get()::isCity) && !q.scope().hasTime()
                // "what did they agree at the earlier round in geneva": the round named by its city, though no report is of it
                // (not "what did beijing offer at the previous round", the city its government)
                && sceneCities(q).isEmpty()
                && BEFORE_THIS.matcher(Text.fold(q.corrected())).find();
    }

    /** Whether the clause, in a round's own report, recalls the round before it. */
    static boolean recallsWhatPreceded(String clause) {
        return RECALLS.matcher(Text.fold(clause)).find();
    }

    /**
     * Rounds a report tells of before its own, beyond {@link #RECALLS}: "following meetings in Washington in October and New
     * Delhi in December", "the talks follow earlier rounds in Geneva in May", "after a first round held in Ottawa". Read only
     * for a question about the round before the report's own, and only where another city than the report's own is named
     * ({@link #toldEarlierAt}): the words alone also tell of the report's own round ("after two days of talks in Mumbai").
     */
    private static final java.util.regex.Pattern TELLS_EARLIER = java.util.regex.Pattern.compile(
            "\\b(?:(?:following|followed|follows?|after)\\s+(?!by\\b)(?:(?:a|an|the|two|three|four)\\s+)?(?:[\\w-]+\\s+){0,2}?"
                    + "(?:rounds?|meetings?|sessions?|talks|negotiations)\\s+(?:(?:held|hosted)\\s+)?(?:in|at)"
                    + ")\\b");
    /**
     * A round told of by its number: "The first round, in Stockholm in April", "A second round in Geneva in July", "July 17-18 -
     * First round held in Washington". The first is the round just before only in a sentence that goes on to a later one
     * ({@link #LATER_NUMBER}: "…, while the second, in Kuala Lumpur in June, …"), unless the question asks for all before.
     */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "\\b(" + Ordinals.alternation() + ")\\s+(?:formal\\s+)?(?:round|session|meeting)s?(?:\\s+of\\s+(?:the\\s+)?talks)?,?"
                    + "\\s+(?:(?:was\\s+)?(?:held|hosted|took place)\\s+)?(?:in|at)\\b");
    /** A later round told of after a first: "…, while the second, in Kuala Lumpur", "and a second round in Washington" (not "a third of goods"). */
    private static final java.util.regex.Pattern LATER_NUMBER = java.util.regex.Pattern.compile(
            "\\b" + Ordinals.laterAlternation() + "(?:\\s+(?:formal\\s+)?(?:round|session|meeting))?,?\\s+(?:(?:was\\s+)?held\\s+)?(?:in|at)\\b");
    /** How far after a numbered round's place its words of what is to come are looked for. */
    private static final int TO_COME_REACH = 40;
    /** Words of what is to come: "A fifth round in Athens is planned for December", "a third round in Tokyo will follow". */
    private static final java.util.regex.Pattern TO_COME = java.util.regex.Pattern.compile(
            "\\b(?:will|planned|scheduled|is due|are due|set to|expected to|next)\\b|['’]ll\\b");

    /**
     * Where the sentence, in a round's own report, starts telling of a round before it, or -1: one it {@link
     * #recallsWhatPreceded recalls}, or one it tells of in other words at a city that is not the report's own ({@link
     * #TELLS_EARLIER}, {@link #NUMBERED}). A first round counts only for a question that asks for {@code all} the rounds
     * before, or in a sentence that goes on to a later one.
     */
    int toldEarlierAt(String articleId, String sentence, SentenceReading r, boolean all, Predicate<String> asked) {
        String lowered = sentence.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        if (lowered.length() != sentence.length()) {
            return recallsWhatPreceded(sentence) ? 0 : -1; // offsets of the folded text are not the sentence's
        }
        java.util.regex.Matcher recalls = RECALLS.matcher(lowered);
        if (recalls.find()) {
            return recalls.start();
        }
        Round round = round(articleId);
        if (round == null) {
            return -1;
        }
        int at = toldInWords(lowered, r, round);
        at = at >= 0 ? at : timeline(sentence, r, round);
        int numbered = numbered(lowered, r, round, all, asked);
        return at < 0 || numbered < 0 ? Math.max(at, numbered) : Math.min(at, numbered);
    }

    /** "following meetings in Washington …", "after a first round held in Ottawa": where it starts, or -1. */
    private static int toldInWords(String lowered, SentenceReading r, Round round) {
        java.util.regex.Matcher told = TELLS_EARLIER.matcher(lowered);
        while (told.find()) {
            if (placeElsewhereAt(told.end(), lowered, r, round) != null) {
                return told.start();
            }
        }
        return -1;
    }

    /**
     * A timeline: "Jan. 14-15, 2027 — a round in London …; March 9-10, 2027 — in Stockholm, …", two or more places dated
     * before them and all before the round's own days; where it starts, or -1. Not "visited Beijing in March and Washington in May".
     */
    private static int timeline(String sentence, SentenceReading r, Round round) {
        List<DatedPlaces.DatedPlace> dated = DatedPlaces.of(sentence, r, round.published(), false).stream()
                .filter(d -> !isOwnPlace(round, d.place().text())).toList();
        boolean listed = dated.stream().filter(DatedPlaces.DatedPlace::timeline).count() >= 2;
        return listed && dated.stream().allMatch(d -> d.day().isBefore(round.from())) ? dated.get(0).place().titleStart() : -1;
    }

    /**
     * "A second round in Geneva in July", "The first round, in Stockholm in April, …, while the second, in Kuala Lumpur …":
     * where it starts, or -1. A first round counts for a question that asks for {@code all} the rounds before, or names its
     * city, or in a sentence that goes on to a later one.
     */
    private static int numbered(String lowered, SentenceReading r, Round round, boolean all, Predicate<String> asked) {
        java.util.regex.Matcher numbered = NUMBERED.matcher(lowered);
        while (numbered.find()) {
            boolean first = Ordinals.value(numbered.group(1)) == 1;
            String place = placeElsewhereAt(numbered.end(), lowered, r, round);
            String around = lowered.substring(numbered.start(), Math.min(lowered.length(), numbered.end() + TO_COME_REACH));
            if (place != null && !TO_COME.matcher(around).find() // "A fifth round in Athens is planned for December"
                    && (!first || all || asked.test(place) || LATER_NUMBER.matcher(lowered.substring(numbered.end())).find())) {
                return numbered.start();
            }
        }
        return -1;
    }

    /** The place other than the round's own named right at {@code at} ("following sessions in |Washington"), after "the"; or null. */
    private static String placeElsewhereAt(int at, String lowered, SentenceReading r, Round round) {
        java.util.regex.Matcher gap = PLACE_GAP.matcher(lowered).region(at, lowered.length());
        if (!gap.lookingAt()) {
            return null;
        }
        int start = gap.end();
        // a city (the round's venue is not among its place names, so a venue right after the words may be its own)
        return r.names().stream().filter(n -> n.titleStart() <= start && start <= n.start() && DatedPlaces.cityLike(n)
                && !isOwnPlace(round, n.text())).map(Name::text).findFirst().orElse(null);
    }

    private static final java.util.regex.Pattern PLACE_GAP = java.util.regex.Pattern.compile("\\s+(?:the\\s+)?");

    /** Whether the place is one of the names of the round's own place. */
    static boolean isOwnPlace(Round round, String place) {
        String folded = Text.fold(place);
        return round != null && round.placeNames().stream().anyMatch(n -> Text.fold(n).equals(folded));
    }

    /**
     * Whether the clause announces what follows its round: "the next round is scheduled …", "they will meet again …",
     * "the third round is scheduled to take place in Nairobi" (not the preview of its own round: "the talks are scheduled for Monday").
     */
    static boolean announces(String clause) {
        return ANNOUNCES.matcher(Text.fold(clause)).find();
    }

    /**
     * Whether the question asks what follows the round it names and the clause, in that round's own
     * report, announces it: the place it names is where they meet next, not another round's aside.
     */
    static boolean announcesWhatFollows(Question q, String clause) {
        return ASKS_NEXT.matcher(Text.fold(q.corrected())).find() && ANNOUNCES.matcher(Text.fold(clause)).find();
    }

    /** Words that make a round mentioned after them a time, not the subject: "the first round since the Beijing visit". */
    private static final int ANCHOR_REACH = 6;

    /**
     * Whether the words name the place as where something happened — "in Geneva", "at Lancaster
     * House", "the Geneva truce" — other than as a time ("since Trump's state visit to Beijing").
     * A capital that stands for its government ("Washington has pushed", "Washington's chief
     * negotiator", "report back to Washington") names no round.
     */
    private static boolean namedAsAnEvent(List<String> words, List<String> name) {
        for (int i = 0; !name.isEmpty() && i + name.size() <= words.size(); i++) {
            if (words.subList(i, i + name.size()).equals(name) && !anchored(words, i) && asAVenue(words, i, i + name.size())) {
                return true;
            }
        }
        return false;
    }

    /** Words after which a place is where something was: "in Geneva", "at Lancaster House". */
    private static final Set<String> VENUE_BEFORE = Set.of("in", "at");
    /** Words that make a place before them an event: "the Geneva talks", "the Busan truce". */
    private static final Set<String> EVENT_AFTER = Set.of("talks", "talk", "round", "rounds", "meeting", "meetings", "summit",
            "truce", "deal", "agreement", "framework", "consensus", "session", "sessions", "negotiations", "accord", "visit",
            "understanding", "meet");

    private static boolean asAVenue(List<String> words, int start, int end) {
        return start > 0 && VENUE_BEFORE.contains(words.get(start - 1)) || end < words.size() && EVENT_AFTER.contains(words.get(end));
    }

    /** Whether one of the few words before the given one (all of them, at most) makes what follows a time. */
    private static boolean anchored(List<String> words, int before) {
        int end = Math.min(before, words.size());
        for (int k = Math.max(0, end - ANCHOR_REACH); k < end; k++) {
            String w = words.get(k);
            if (w.equals("since") || w.equals("ahead") && k + 1 < end && words.get(k + 1).equals("of")) {
                return true; // "since the Beijing visit", "ahead of a summit in Geneva" (not "pressed ahead with talks in Geneva")
            }
        }
        return false;
    }

    /** "talks in Switzerland", "discussions in Geneva", "will meet again in Washington": an event and where it was. */
    private static final java.util.regex.Pattern EVENT_ELSEWHERE = java.util.regex.Pattern.compile(
            "\\b(?:talks|meeting|meetings|negotiations|discussions|summit|round|meet|met|held|resume|reconvene)(?:,\\s+(?=in\\b|at\\b)|\\s+(?:\\w+\\s+){0,2}?)(?:in|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)");

    /** A question that asks about a round other than the one its report is about: "the first round", "before this one". */
    private static final java.util.regex.Pattern ASKS_OTHER_ROUND = java.util.regex.Pattern.compile(
            "\\b(?:" + Ordinals.alternation() + "|earlier|previous|prior|before|last|past|ago|since|began|begin|start|started|launched|history)\\b");

    /**
     * Whether the question asks for the date or place of the round its report is about, naming no
     * time, country, person, order or other round ("which building were the talks held in", "what days
     * did the brussels talks take place"): what {@link #recallsEventElsewhere} is asked for. A city it
     * names is never the elsewhere.
     */
    static boolean asksOwnRound(Question q) {
        return Ahead.asksWhereOrWhen(q) && q.scope().from() == null && q.scope().order() != Scope.Order.FIRST
                && q.scope().places().stream().noneMatch(RoundFit::countryOnly)
                && !q.names(Entity.EntityType.PERSON)
                && !ASKS_OTHER_ROUND.matcher(Text.fold(q.corrected())).find();
    }

    /** Whether the world list knows the place as a country and not as a city: "the philippines", not "washington" or "bergen". */
    private static boolean countryOnly(String place) {
        return talkbot.lexicon.WorldPlaces.get().country(place).isPresent() && !talkbot.lexicon.WorldPlaces.get().isCity(place);
    }

    /**
     * Whether a clause of a round's report speaks of an event at a city that is not the round's own:
     * "Sept. 12-13 - Second round held in Honolulu" in the report of the Tokyo round, which answers
     * "which days were the talks held" only about Honolulu; or a sentence that recalls the round before
     * ("at the previous round in Honolulu …") and does not name the round's own place. Only a question
     * for a date or a place asks this ({@link #asksOwnRound}: "who leads china's delegation" is
     * answered by "He Lifeng, who also led … discussions in Geneva"); a country is no such place
     * ("talks in Japan") unless it is also a city ("in Washington"), nor a place the question names.
     */
    boolean recallsEventElsewhere(Question q, String articleId, String sentence, String clause, int clauseStart, SentenceReading r) {
        Round round = round(articleId);
        if (round == null || round.place() == null) {
            return false;
        }
        List<String> words = Vocabulary.words(sentence);
        boolean namesOwn = round.placeNames().stream().anyMatch(n -> java.util.Collections.indexOfSubList(words, Vocabulary.words(n)) >= 0);
        if (recallsWhatPreceded(sentence) && !announces(sentence)) {
            // "… and at the previous round in Tromso in September the two sides could not agree", unless it names the round's own place
            return !namesOwn && q.scope().places().stream().noneMatch(p -> java.util.Collections.indexOfSubList(words, Vocabulary.words(p)) >= 0);
        }
        // the clause that fits the question best, or, where the sentence tells of rounds by number and never names the round's
        // own place, all of it: "The first round, in Oslo in late January, …, and a second round in Washington on March 23-24 …"
        // fits best at "The first round"
        return eventElsewhere(q, round, clause, clauseStart, r, namesOwn) || !namesOwn && clause.length() < sentence.length()
                && !announces(sentence) && NumberedRounds.tells(sentence) && eventElsewhere(q, round, sentence, 0, r, false);
    }

    /** @param namesOwn whether the sentence names the round's own place: then a place no atlas knows is within it ("met in Almendral, a district of Valparaiso") */
    private static boolean eventElsewhere(Question q, Round round, String clause, int clauseStart, SentenceReading r, boolean namesOwn) {
        java.util.regex.Matcher m = EVENT_ELSEWHERE.matcher(clause);
        while (m.find()) {
            int at = clauseStart + m.start(1);
            // the place as read ("Tokyo" of "met in Tokyo Thursday"), or as a known city the words start with
            String place = placeAt(r, at, m.group(1));
            if (place == null) {
                // "held at the Office of the US Trade Representative in Washington": the city after the venue
                java.util.regex.Matcher city = CITY_AFTER_VENUE.matcher(clause).region(m.end(1), Math.min(clause.length(), m.end(1) + VENUE_REACH));
                place = city.lookingAt() ? placeAt(r, clauseStart + city.start(1), city.group(1)) : null;
            }
            if (place == null || anchored(Vocabulary.words(clause.substring(0, m.start())), Integer.MAX_VALUE)) {
                continue; // no city, or one after "since" or "ahead of", which only dates the clause
            }
            if (namesOwn && !known(place)) {
                continue;
            }
            String folded = Text.fold(place);
            boolean own = isOwnPlace(round, place);
            if (!own && !q.scope().places().contains(folded) && java.util.Collections.indexOfSubList(Vocabulary.words(q.corrected()), Vocabulary.words(place)) < 0
                    && (talkbot.lexicon.WorldPlaces.get().country(place).isEmpty() || talkbot.lexicon.WorldPlaces.get().isCity(place))) {
                return true; // "a second round in Washington": a city, though it also names its country's government
            }
        }
        return false;
    }

    /** The place read at {@code at} ("Tokyo" of "met in Tokyo Thursday"), or a known city {@code words} start with; or null. */
    private static String placeAt(SentenceReading r, int at, String words) {
        return r.names().stream().filter(n -> n.start() == at && n.kind() == talkbot.reading.Name.Kind.PLACE)
                .map(talkbot.reading.Name::text).findFirst().orElse(talkbot.lexicon.WorldPlaces.get().isCity(words) ? words : null);
    }

    /** How far after a venue ("held at the Office of …") its city is looked for. */
    private static final int VENUE_REACH = 60;
    /** The rest of a venue's name and its city: " of the US Trade Representative in Washington". */
    private static final java.util.regex.Pattern CITY_AFTER_VENUE = java.util.regex.Pattern.compile(
            "(?:\\s+(?:of|the|for|de|\\p{Lu}[\\p{L}.'-]*))*\\s+in\\s+(\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?)");

    private boolean elsewhere(Question q, Set<String> selected, String place, java.util.function.Predicate<String> readAsPlace) {
        String folded = Text.fold(place);
        if (q.scope().places().contains(folded) || placeOfSelected(selected, folded)) {
            return false;
        }
        return known(place) || readAsPlace.test(place);
    }

    private boolean placeOfSelected(Set<String> selected, String folded) {
        if (selected instanceof Selection s) {
            return s.places.contains(folded);
        }
        for (String id : selected) {
            for (String n : round(id).placeNames()) {
                if (Text.fold(n).equals(folded)) {
                    return true;
                }
            }
        }
        return false;
    }


    /**
     * The parties that count as the question's though it does not name them: for a question that
     * names no country, the countries the report is about ("when does the lower almond duty kick
     * in" is about the two sides of the talks its report tells of; see {@link Weights#aboutOthers}),
     * and, for a question of where that names no person either, the people its title and lead name:
     * "which building were the talks held in" is answered where its negotiators met.
     *
     * @param where whether the question asks where (a place or venue)
     */
    java.util.function.Predicate<Entity> ownParties(talkbot.intent.Question q, String articleId, boolean where) {
        if (q.names(Entity.EntityType.COUNTRY)) {
            return e -> false;
        }
        boolean people = where && !q.names(Entity.EntityType.PERSON);
        return e -> (e.type() == Entity.EntityType.COUNTRY || people && e.type() == Entity.EntityType.PERSON) && about(articleId, e);
    }

    /** Whether an article's title and opening sentences name the entity: whether the article is about it. */
    boolean about(String articleId, Entity e) {
        List<String> words = leadWords(articleId);
        return words != null && EntityMatcher.mentions(words, e);
    }

    Round round(String articleId) {
        Slot slot = slots.get(articleId);
        return slot == null ? null : slot.round();
    }

    /** True when the round is at one of the places, false when it is elsewhere, null when the question names no place. */
    private Boolean placeFits(Scope scope, Round r) {
        if (scope.places().isEmpty()) {
            return null;
        }
        Slot slot = slots.get(r.articleId());
        for (String n : slot.folded()) {
            if (scope.places().contains(n)) {
                return true;
            }
        }
        for (String p : scope.places()) {
            if (titledWithCountry(p).get(slot.position())) {
                return true;
            }
        }
        return false;
    }

    private static Boolean timeFits(Scope scope, Round r) {
        if (!scope.hasTime()) {
            return null;
        }
        return scope.anyYear(r::during);
    }

    private boolean saysPlace(Scope scope, String text) {
        return saysAnyOf(scope.places(), Vocabulary.words(text));
    }

    /** Whether the words say one of the (folded) places by any of its names. */
    private boolean saysAnyOf(java.util.Collection<String> places, List<String> words) {
        for (String p : places) {
            for (List<String> pw : placeWords.computeIfAbsent(p, RoundFit::wordsOfNames)) {
                if (!pw.isEmpty() && java.util.Collections.indexOfSubList(words, pw) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A place as the question says it and by its other names, as words: "aus" is said as "Australia", "hk" as "Hong Kong". */
    private static List<List<String>> wordsOfNames(String place) {
        Set<String> names = new java.util.LinkedHashSet<>();
        names.add(place);
        talkbot.lexicon.WorldPlaces world = talkbot.lexicon.WorldPlaces.get();
        names.add(world.fullName(place));
        world.country(place).filter(c -> c.names().stream().anyMatch(n -> Text.fold(n).equals(place)))
                .ifPresent(c -> c.names().forEach(n -> names.add(Text.fold(n))));
        return names.stream().map(Vocabulary::words).toList();
    }

    /** Whether the sentence dates something within the question's time, at least as finely as the question does ("this year" is not "in May"). */
    private static boolean saysTime(Scope scope, SentenceReading reading) {
        long asked = scope.to().toEpochDay() - scope.from().toEpochDay();
        for (DateMention d : reading.dates()) {
            long said = d.to().toEpochDay() - d.from().toEpochDay();
            if (scope.anyYear(d::overlaps) && said <= asked) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the clause that answers names the round the question asks about: a sentence of
     * another article matches only when its answering clause itself names that place or time.
     */
    boolean clauseNamesScope(Question q, String articleId, String clause, SentenceReading reading, int clauseStart, int clauseEnd) {
        Scope scope = q.scope();
        if (!scope.places().isEmpty() && !saysPlace(scope, clause) && placeFits(scope, round(articleId)) != Boolean.TRUE) {
            return false; // the place may go unsaid in a report of a round held there: "worth of beef to the US last year"
        }
        if (scope.hasTime()) {
            long asked = scope.to().toEpochDay() - scope.from().toEpochDay();
            for (DateMention d : reading.dates()) {
                long said = d.to().toEpochDay() - d.from().toEpochDay();
                if (d.start() >= clauseStart && d.start() < clauseEnd && scope.anyYear(d::overlaps) && said <= asked) { // "Nov. 8 and 9, | 2027"
                    return true;
                }
            }
            return false;
        }
        return true;
    }
}
