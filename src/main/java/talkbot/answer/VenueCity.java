package talkbot.answer;

import talkbot.corpus.Round;
import talkbot.corpus.Text;
import talkbot.index.SentenceReading;
import talkbot.intent.AnswerType;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Name;

/**
 * A venue, or a district or street the list of the world's places does not know, answers where a
 * round was held together with the round's city, which its sentence may
 * leave to the dateline or the headline ("…at the Hanbit Tower conference centre in the South Korean
 * capital" → "Hanbit Tower, Seoul"); a question that asks which city gets the city itself.
 */
final class VenueCity {
    private VenueCity() {}

    /** Whether a question of this type is answered with a place a round's city may complete: "where", "which city". */
    static boolean asks(AnswerType asked) {
        return asked == AnswerType.PLACE || asked == AnswerType.CITY;
    }

    /**
     * The answer to show for {@code span}, a venue cut from a sentence of {@code round}'s own report
     * about that round (not a round it recalls, nor the next one it announces), or {@code span} itself.
     */
    static String of(AnswerType asked, String span, Round round, SentenceReading reading) {
        if (!asks(asked) || round == null || round.place() == null) {
            return span;
        }
        WorldPlaces world = WorldPlaces.get();
        String city = round.place();
        String folded = Text.fold(span);
        if (!world.isCity(city) || folded.contains(Text.fold(city)) || world.isCity(span) || world.country(span).isPresent()) {
            return span;
        }
        boolean venue = false;
        for (Name n : reading.names()) {
            boolean place = n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.COUNTRY;
            if (place && world.isCity(n.text()) && !Text.fold(n.text()).equals(Text.fold(city))) {
                return span; // "Blair House in Washington": the sentence says its own city
            }
            // a venue, or a place within the city the world list does not know ("the Charlemagne building", "Jongno")
            boolean within = n.kind() == Name.Kind.VENUE || PlaceSpans.unlisted(n);
            venue |= within && (n.text().contains(span) || span.contains(n.text()));
        }
        if (!venue) {
            return span;
        }
        return asked == AnswerType.CITY ? city : span + ", " + city;
    }

    /** "in" right before a capital: the city itself ("held in Ottawa"), not its government. */
    private static final java.util.regex.Pattern IN_BEFORE = java.util.regex.Pattern.compile("\\bin\\s+$");

    /**
     * A venue with the one city its own clause names: "after a first round held in Ottawa in September
     * at the Lester B. Pearson Building" → "Lester B. Pearson Building, Ottawa", also of a round the
     * sentence recalls; {@code span} itself when the clause names no city or more than one.
     */
    static String withSentenceCity(AnswerType asked, String span, String sentence, SentenceReading reading) {
        if (asked != AnswerType.PLACE) {
            return span;
        }
        WorldPlaces world = WorldPlaces.get();
        if (world.isCity(span) || world.country(span).isPresent()) {
            return span;
        }
        Name venue = null;
        for (Name n : reading.names()) {
            if (n.kind() == Name.Kind.VENUE && (n.text().contains(span) || span.contains(n.text()))) {
                venue = n;
                break;
            }
        }
        if (venue == null) {
            return span;
        }
        int clause = reading.clauseAt(venue.start());
        String city = null;
        for (Name n : reading.names()) {
            // a place: a capital read as its country only after "in" ("held in Ottawa"), not standing for its government ("with Beijing pushing …")
            boolean place = n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.COUNTRY && IN_BEFORE.matcher(sentence.substring(0, n.start())).find();
            if (place && world.isCity(n.text()) && reading.clauseAt(n.start()) == clause) {
                if (city != null && !Text.fold(city).equals(Text.fold(n.text()))) {
                    return span; // two cities: which one the venue is in is not said
                }
                city = n.text();
            }
        }
        if (city == null || Text.fold(span).contains(Text.fold(city))) {
            return span;
        }
        return span + ", " + city;
    }
}
