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
 * timeline's "Jan. 14-15, 2027 — a round in London …; March 9-10, 2027 — in Stockholm, …". A month that would fall after the
 * report is last year's: what a report dates beside a place it tells of has happened.
 */
final class DatedPlaces {
    private DatedPlaces() {}

    /** A place and the first day of the time written with it. */
    record DatedPlace(Name place, LocalDate day) {}

    /** After a place, before its time: "Stockholm in April", "Honolulu on Nov. 8 and 9". */
    private static final Pattern AFTER_PLACE = Pattern.compile(",?\\s+(?:in|on)\\s+(?:early\\s+|mid-?|late\\s+)?");
    /** After a time, before its place, as a timeline writes it: "March 9-10, 2027 — in Stockholm", "Jan. 14-15 - a round in London". */
    private static final Pattern BEFORE_PLACE = Pattern.compile("\\s*[-–—:]\\s*(?:(?:a|an|the)\\s+[\\w-]+(?:\\s+[\\w-]+)?\\s+)?(?:held\\s+)?(?:in|at)\\s+(?:the\\s+)?");

    static List<DatedPlace> of(String sentence, SentenceReading r, LocalDate published) {
        List<DatedPlace> out = new ArrayList<>();
        for (Name n : r.names()) {
            if (!placeLike(n)) {
                continue;
            }
            DateMention dated = null;
            for (DateMention d : r.dates()) {
                if (d.start() >= n.end() && AFTER_PLACE.matcher(sentence.substring(n.end(), d.start())).matches()
                        || d.end() <= n.titleStart() && BEFORE_PLACE.matcher(sentence.substring(d.end(), n.titleStart())).matches()) {
                    dated = d;
                    break;
                }
            }
            if (dated != null) {
                out.add(new DatedPlace(n, dated.from().isAfter(published) ? dated.from().minusYears(1) : dated.from()));
            }
        }
        return out;
    }

    /** A city, a venue or another place; a capital read as its country's government too ("in Washington in October"). */
    private static boolean placeLike(Name n) {
        return n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.VENUE || n.kind() == Name.Kind.COUNTRY && WorldPlaces.get().isCity(n.text());
    }
}
