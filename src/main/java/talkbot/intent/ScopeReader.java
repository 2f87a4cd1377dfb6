package talkbot.intent;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Round;
import talkbot.corpus.Text;
import talkbot.index.TextAnalysis;
import talkbot.time.DateFinder;
import talkbot.time.DateMention;

/**
 * Reads which round a question is about: the places it names that are the scene of a round
 * ("geneva", "the swiss talks"), the months, dates and years it names (against the day of the
 * newest article: the bot's "now" is its latest news), and "the first" or "the latest" round.
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

    private static final Pattern NOT_A_ROUND = Pattern.compile("\\b(?:since|until|till|by|before|after|from|through|expire|expires|expiring|lapse|lapses|run out|runs out|deadline of)\\s+(?:the\\s+|early\\s+|mid-?\\s*|late\\s+)?$");

    private final List<Round> rounds;
    private final TextAnalysis analysis;
    private final LocalDate now;
    private final Set<String> roundPlaces = new HashSet<>();

    ScopeReader(List<Round> rounds, TextAnalysis analysis) {
        this.rounds = List.copyOf(rounds);
        this.analysis = analysis;
        LocalDate newest = LocalDate.MIN;
        for (Round r : rounds) {
            newest = r.published().isAfter(newest) ? r.published() : newest;
            for (String n : r.placeNames()) {
                roundPlaces.add(Text.fold(n));
            }
        }
        this.now = newest.equals(LocalDate.MIN) ? LocalDate.now() : newest;
    }

    Scope read(String folded, List<Entity> named) {
        Set<String> places = new HashSet<>();
        Set<String> terms = new HashSet<>();
        for (Entity e : named) {
            if (e.type() != Entity.EntityType.PLACE && e.type() != Entity.EntityType.COUNTRY) {
                continue;
            }
            boolean scene = false;
            for (String n : e.names()) {
                if (roundPlaces.contains(Text.fold(n))) {
                    scene = true;
                }
            }
            if (scene) {
                for (String n : e.names()) {
                    places.add(Text.fold(n));
                    terms.addAll(analysis.queryTerms(n));
                }
            }
        }
        LocalDate from = null;
        LocalDate to = null;
        for (DateMention d : DateFinder.lenient().find(folded, now)) {
            boolean bound = NOT_A_ROUND.matcher(folded.substring(0, d.start())).find(); // "since april" is not the april round
            if (ROUND_TIME.matcher(d.text()).find() && from == null && !bound) {
                from = d.from();
                to = d.to();
                terms.addAll(analysis.queryTerms(d.text()));
            }
        }
        Scope.Order order = Scope.Order.NONE;
        Matcher first = FIRST.matcher(folded);
        Matcher latest = LATEST.matcher(folded);
        if (first.find()) {
            order = Scope.Order.FIRST;
            terms.addAll(analysis.queryTerms(first.group()));
        } else if (latest.find()) {
            order = Scope.Order.LATEST;
            terms.addAll(analysis.queryTerms(latest.group()));
        }
        if (places.isEmpty() && from == null && order == Scope.Order.NONE) {
            return Scope.NONE;
        }
        terms.removeAll(analysis.queryTerms("round talks meeting negotiations session summit deal")); // what every round is
        return new Scope(places, from, to, order, terms);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
