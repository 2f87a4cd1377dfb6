package talkbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import talkbot.index.SentenceReading;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Name;
import talkbot.time.DateMention;

/**
 * The places a sentence dates, each with its time: "in Stockholm in April, …, the second, in Kuala Lumpur in June", or a
 * timeline's "Jan. 14-15, 2027 — a round in London …; March 9-10, 2027 — in Stockholm, …".
 */
final class DatedPlaces {
    private DatedPlaces() {}

    /**
     * A place and the first day of the time written with it.
     *
     * @param timeline whether the time comes first, as a timeline writes it ("March 9-10, 2027 — in Stockholm")
     */
    record DatedPlace(Name place, LocalDate day, boolean timeline) {}

    /** After a place, before its time: "Stockholm in April", "Honolulu on Nov. 8 and 9". */
    static final Pattern AFTER_PLACE = Pattern.compile(",?\\s+(?:in|on)\\s+(?:early\\s+|mid-?|late\\s+)?");
    /** After a time, before its place, as a timeline writes it: "March 9-10, 2027 — in Stockholm", "Jan. 14-15 - a round in London". */
    private static final Pattern BEFORE_PLACE = Pattern.compile(
            "\\s*[-–—:]\\s*(?:(?:a|an|the)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+)?(?:held\\s+)?(?:in|at)\\s+(?:the\\s+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * The dated places of a sentence of a report published on {@code published}. Told of as past ({@code past}), a month
     * written without its year that would fall after the report is last year's ("the first round, in Lisbon in February", in
     * December); otherwise each time is as read.
     */
    static List<DatedPlace> of(String sentence, SentenceReading r, LocalDate published, boolean past) {
        List<DatedPlace> out = new ArrayList<>();
        for (Name n : r.names()) {
            if (!placeLike(n)) {
                continue;
            }
            for (DateMention d : r.dates()) {
                boolean after = d.start() >= n.end() && AFTER_PLACE.matcher(sentence.substring(n.end(), d.start())).matches();
                boolean before = d.end() <= n.titleStart() && BEFORE_PLACE.matcher(sentence.substring(d.end(), n.titleStart())).matches();
                if (after || before) {
                    boolean lastYears = past && d.from().isAfter(published) && !YEAR.matcher(d.text()).find();
                    out.add(new DatedPlace(n, lastYears ? d.from().minusYears(1) : d.from(), before));
                    break;
                }
            }
        }
        return out;
    }

    /** A city or another place, or a capital read as its country's government ("in Washington in October"). */
    static boolean cityLike(Name n) {
        return n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.COUNTRY && WorldPlaces.get().isCity(n.text());
    }

    /** A city-like place or a venue: what a round was held in or at. */
    static boolean placeLike(Name n) {
        return cityLike(n) || n.kind() == Name.Kind.VENUE;
    }
}
