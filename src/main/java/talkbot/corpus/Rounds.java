package talkbot.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.KnownNames;
import talkbot.reading.Name;
import talkbot.reading.NameFinder;
import talkbot.time.DateFinder;
import talkbot.time.DateMention;

/**
 * Reads the event an article reports off its title and opening sentences: the first city or venue
 * they name (not one they name as the scene of an earlier event, "last month's talks in Geneva"),
 * and the days they date close to the day of publication.
 */
final class Rounds {
    private static final int LEAD_SENTENCES = 3;
    private static final int DAYS_BEFORE = 14;
    private static final int DAYS_AFTER = 3;
    /** Words that put a place in the past of the article's own event. */
    private static final Pattern EARLIER = Pattern.compile(
            "(?i)\\b(?:last|previous|earlier|prior|first|former|ago)\\b(?:\\W+[\\p{L}’']+){0,3}\\W+$");

    private Rounds() {}

    static Round of(Article article, KnownNames known) {
        List<String> lead = new ArrayList<>();
        lead.add(article.info().title());
        for (Sentence s : article.sentences()) {
            if (!s.heading() && lead.size() <= LEAD_SENTENCES) {
                lead.add(s.text());
            }
        }
        LocalDate published = article.info().published();
        String place = place(lead, known);
        LocalDate from = published;
        LocalDate to = published;
        for (String text : lead.subList(1, lead.size())) {
            for (DateMention d : DateFinder.strict().find(text, published)) {
                if (d.precision() == DateMention.Precision.DAY && !d.from().isBefore(published.minusDays(DAYS_BEFORE))
                        && !d.to().isAfter(published.plusDays(DAYS_AFTER))) {
                    from = d.from().isBefore(from) ? d.from() : from;
                    to = d.to().isAfter(to) ? d.to() : to;
                }
            }
        }
        return new Round(article.id(), place, placeNames(place), from, to, published);
    }

    private static String place(List<String> lead, KnownNames known) {
        NameFinder finder = new NameFinder(known);
        for (int i = 0; i < lead.size(); i++) {
            String text = lead.get(i);
            boolean title = i == 0; // a headline names its own event: "... after Geneva talks"
            for (Name n : finder.find(text)) {
                if ((n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.VENUE)
                        && (title || !EARLIER.matcher(text.substring(0, n.titleStart())).find())) {
                    return n.text();
                }
            }
        }
        return null;
    }

    private static List<String> placeNames(String place) {
        if (place == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(place);
        WorldPlaces.get().countryOfCity(place).ifPresent(c -> {
            names.addAll(c.names());
            names.addAll(c.adjectives());
        });
        return List.copyOf(names);
    }
}
