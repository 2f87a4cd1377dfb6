package talkbot.intent;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Round;
import talkbot.corpus.Text;
import talkbot.index.TextAnalysis;
import talkbot.index.Vocabulary;
import talkbot.lexicon.WorldPlaces;
import talkbot.time.DateFinder;
import talkbot.time.DateMention;

/**
 * Reads which round a question is about: the places it names that are the scene of a round
 * ("geneva", "the swiss talks" — but not "china" when a round was held in Beijing: the parties
 * every article is about name no round), the months, dates and years it names (against the day
 * of the newest article: the bot's "now" is its latest news), and "the first" or "the latest" round.
 */
final class ScopeReader {
    private static final Pattern FIRST = Pattern.compile(
            "\\b(?:first|initial|opening|earliest)\\s+(?:round|rounds|talks|meeting|meetings|negotiations|session|summit|deal)\\b");
    private static final Pattern LATEST = Pattern.compile(
            "\\b(?:latest|most recent|newest|current|currently|now|right now|at the moment|so far|these days|this week"
                    + "|(?:last|next|upcoming|recent|new)\\s+(?:round|rounds|talks|meeting|meetings|negotiations|session|summit))\\b");
    /** A date that only names a weekday or a relative day ("on monday", "today") names no round. */
    private static final Pattern ROUND_TIME = Pattern.compile(
            "(?i)\\d|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec|month|year");
    private static final Pattern NOT_A_ROUND = Pattern.compile(
            "\\b(?:since|until|till|by|from|through|expire|expires|expiring|lapse|lapses|run out|runs out|deadline of)\\s+(?:the\\s+|early\\s+|mid-?\\s*|late\\s+)?$");

    private final List<Round> rounds;
    /**
     * Every place name of every round once, in the order the rounds first name it, with whether it
     * is a round's own place and its words: a question is looked at once per name, not per round.
     */
    private final List<PlaceName> placeNames = new java.util.ArrayList<>();

    private record PlaceName(String name, boolean isPlace, List<String> words) {}
    private final TextAnalysis analysis;
    private final Predicate<String> party;
    private final LocalDate now;

    /**
     * @param party whether a place name is one of the parties every article is about ("China",
     *              "Chinese"): such a name never selects the round held there
     */
    ScopeReader(List<Round> rounds, TextAnalysis analysis, Predicate<String> party) {
        this.rounds = List.copyOf(rounds);
        this.analysis = analysis;
        this.party = party;
        LocalDate newest = LocalDate.MIN;
        for (Round r : rounds) {
            newest = r.published().isAfter(newest) ? r.published() : newest;
        }
        this.now = newest.equals(LocalDate.MIN) ? LocalDate.now() : newest;
        Set<String> seen = new HashSet<>();
        for (Round r : this.rounds) {
            for (String n : r.placeNames()) {
                boolean isPlace = n.equals(r.place());
                if (seen.add((isPlace ? "1" : "0") + n)) {
                    placeNames.add(new PlaceName(n, isPlace, Vocabulary.words(n)));
                }
            }
        }
    }

    Scope read(String folded) {
        Set<String> places = new HashSet<>();
        Set<String> terms = new HashSet<>();
        List<String> words = Vocabulary.words(folded);
        for (PlaceName p : placeNames) {
            int at = at(words, p.words());
            if (at < 0) {
                continue;
            }
            // a round held in a party's capital: "washington" selects it as the scene ("the washington
            // talks", "in washington"), not as the government every article is about ("what does washington want")
            boolean selects = party.test(p.name()) ? p.isPlace() && asScene(words, at, p.words().size()) : true;
            if (selects) {
                places.add(Text.fold(p.name()));
                terms.addAll(analysis.queryTerms(p.name()));
                terms.addAll(analysis.queryTerms(WorldPlaces.get().fullName(p.name()))); // "hk": the words of Hong Kong too
            }
        }
        LocalDate from = null;
        LocalDate to = null;
        int yearsBack = 0;
        for (DateMention d : MAY_NAME_A_TIME.matcher(folded).find() ? DateFinder.lenient().find(folded, now) : List.<DateMention>of()) {
            boolean bound = NOT_A_ROUND.matcher(folded.substring(0, d.start())).find(); // "since april" is not the april round
            if (ROUND_TIME.matcher(d.text()).find() && from == null && !bound) {
                boolean yearless = !YEAR_SAID.matcher(d.text()).find() && !FUTURE.matcher(folded).find();
                boolean ahead = d.from().isAfter(now.plusDays(7)) && yearless;
                int back = ahead ? 1 : 0; // "the may round", asked when the newest news is from April: last May's
                if (yearless && MONTH_NAME.matcher(d.text()).find()) {
                    // "the july talks": the latest July with a round, and any recent July's; "last month" is one month only
                    back = yearsBackToARound(d.from().minusYears(back), d.to().minusYears(back), back);
                    yearsBack = YEARS_BACK;
                }
                from = d.from().minusYears(back);
                to = d.to().minusYears(back);
                terms.addAll(analysis.queryTerms(d.text()));
            }
        }
        Scope.Order order = Scope.Order.NONE;
        Matcher first = FIRST.matcher(folded);
        Matcher latest = LATEST.matcher(folded);
        if (first.find()) {
            order = Scope.Order.FIRST;
            terms.addAll(analysis.queryTerms(first.group()));
        } else if (latest.find() && from == null && !REFERENCE_POINT.matcher(folded.substring(0, latest.start())).find()) {
            // "the september round before the latest flare-up" names its round by the month; the latest is a reference point
            order = Scope.Order.LATEST;
            terms.addAll(analysis.queryTerms(latest.group()));
        }
        if (places.isEmpty() && from == null && order == Scope.Order.NONE) {
            return Scope.NONE;
        }
        terms.removeAll(analysis.queryTerms("round talks meeting negotiations session summit deal")); // what every round is
        return new Scope(places, from, to, order, terms, yearsBack);
    }

    private static final Pattern MONTH_NAME = Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b");

    /** How far back a time named without its year looks for a round held or reported in it. */
    private static final int YEARS_BACK = 3;

    /**
     * "The october round" with no year is the latest October in which a round took place or was
     * reported — not an October of this year the articles say nothing about: how many years back
     * from the first guess that is, or the first guess when no round falls in any of them.
     */
    private int yearsBackToARound(LocalDate from, LocalDate to, int back) {
        for (int extra = 0; extra <= YEARS_BACK; extra++) {
            for (Round r : rounds) {
                if (r.during(from.minusYears(extra), to.minusYears(extra))) {
                    return back + extra;
                }
            }
        }
        return back;
    }

    private static final Pattern REFERENCE_POINT = Pattern.compile("\\b(?:before|since|after|until|prior to|ahead of)\\s+(?:the\\s+|this\\s+)?$");
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(?:will|going to|gonna|next|upcoming|coming|plan|plans|planned|scheduled|due|expected|set to|supposed to)\\b");
    private static final Pattern YEAR_SAID = Pattern.compile("\\b\\d{4}\\b|\\byear\\b");

    /** A question with none of these names no month, date or year: the date reader need not read it. */
    private static final Pattern MAY_NAME_A_TIME = Pattern.compile(
            "\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|month|year|week|day|today|tonight|tomorrow");

    /** Where the words of a name start in the question's words, or -1. */
    private static int at(List<String> words, List<String> n) {
        for (int i = 0; !n.isEmpty() && i + n.size() <= words.size(); i++) {
            if (words.subList(i, i + n.size()).equals(n)) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> SCENE_BEFORE = Set.of("in", "at");
    private static final Set<String> SCENE_AFTER = Set.of(
            "talks", "round", "rounds", "meeting", "meetings", "negotiations", "summit", "session", "visit", "trip", "deal", "agreement");

    /** Whether the name at {@code at} is said as where something happened: "in washington", "the washington talks". */
    private static boolean asScene(List<String> words, int at, int size) {
        return (at > 0 && SCENE_BEFORE.contains(words.get(at - 1)))
                || (at + size < words.size() && SCENE_AFTER.contains(words.get(at + size)));
    }
}
