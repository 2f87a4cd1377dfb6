package talkbot.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Dateline;
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

    /** Words after a place that put it in the past of the article's own event: "met in Busan, South Korea, last October". */
    private static final Pattern EARLIER_AFTER = Pattern.compile(
            "(?i)\\W*(?:[\\p{L}’']+\\W+){0,3}?(?:last|earlier|previously|ago)\\b");
    /** Words before a place that make it the scene of something. */
    private static final Pattern SCENE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|from)\\s+(?:central\\s+)?$");
    /** Words after a place that make it the scene of something: "the Washington talks". */
    private static final Pattern SCENE_AFTER = Pattern.compile(
            "(?i)\\s+(?:trade\\s+|economic\\s+)?(?:talks|summit|meeting|negotiations|round|round of talks)\\b");

    /** After a city in the text (not the headline), what says nothing of its government: "Geneva is hosting the round". */
    private static final Pattern MERELY_IS = Pattern.compile("\\s+(?:is|was|has|had|also)\\b");

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
        String place = place(lead, known, published);
        place = place == null ? null : WorldPlaces.get().fullName(place); // "the KL talks" were in Kuala Lumpur
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
        List<String> names = new ArrayList<>(placeNames(place, known));
        String city = place == null || WorldPlaces.get().isCity(place) ? null : datelineCity(lead, known);
        if (city != null) {
            names.addAll(placeNames(city, known)); // a venue's round is also the round in its city: "the new delhi talks"
        }
        return new Round(article.id(), place, List.copyOf(new LinkedHashSet<>(names)), from, to, published);
    }

    /**
     * The dateline's first city of the world that does not stand for a party's government, if the lead has one: in its
     * first sentence, or in its second when the text repeats the headline first.
     */
    private static String datelineCity(List<String> lead, KnownNames known) {
        for (String text : lead.subList(1, Math.min(lead.size(), 3))) {
            Matcher d = Dateline.at(text);
            if (d != null) {
                for (String name : datelineNames(d)) {
                    if (WorldPlaces.get().isCity(name) && !standsForCountry(known, name)) {
                        return name;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** The places a dateline names, title-cased: "HANOI/WASHINGTON" is Hanoi and Washington. */
    private static List<String> datelineNames(Matcher dateline) {
        List<String> out = new ArrayList<>();
        for (String c : dateline.group(1).split("/")) {
            out.add(titleCase(c.trim()));
        }
        return out;
    }

    /**
     * The first place the lead names as its scene: a city of the world, a venue, or another place
     * named as a scene ("in Cologny", "the Turnberry talks"; a capital used for its government,
     * "Washington said", only so). "After a call on TikTok" is no scene. A wire dateline
     * ("HANOI/WASHINGTON, July 3 (Wire) -") counts after the text itself names none: its first city
     * this corpus does not use for a party's government ("WASHINGTON/BEIJING" tells where the
     * reporters were, not where the event was).
     */
    private static String place(List<String> lead, KnownNames known, LocalDate published) {
        NameFinder finder = new NameFinder(known);
        WorldPlaces world = WorldPlaces.get();
        String dateline = null;
        for (int i = 0; i < lead.size(); i++) {
            String text = lead.get(i);
            boolean title = i == 0; // a headline names its own event: "... after Geneva talks"
            Matcher d = Dateline.at(text);
            if (!title && d != null) {
                for (String name : datelineNames(d)) {
                    if (dateline == null && !standsForCountry(known, name)) {
                        dateline = name;
                    }
                }
                text = text.substring(d.end());
            }
            for (Name n : finder.find(text)) {
                String before = text.substring(0, n.titleStart());
                String after = text.substring(n.end());
                boolean city = world.isCity(n.text());
                boolean scene = SCENE_BEFORE.matcher(before).find() || SCENE_AFTER.matcher(after).lookingAt();
                boolean place = n.kind() == Name.Kind.PLACE || n.kind() == Name.Kind.VENUE;
                boolean isScene = (place && (city || scene || n.kind() == Name.Kind.VENUE)) || (city && scene);
                // a headline's "Lima lifts duty …", a lead's "how Seoul will fund …": the city's government, not the scene
                isScene &= scene || !(city && NameFinder.actsAsGovernment(after) && (title || !MERELY_IS.matcher(after).lookingAt()));
                // the costlier test last, for a scene only: is it the scene of an earlier event?
                if (isScene && (title || !(EARLIER.matcher(before).find() || EARLIER_AFTER.matcher(after).lookingAt()
                        || datedEarlier(after, published)))) {
                    return n.text();
                }
            }
        }
        return dateline;
    }

    /** Whether this corpus uses the name for a country ("Washington" for the United States, in its aliases). */
    private static boolean standsForCountry(KnownNames known, String name) {
        return known.kindOf(name).filter(k -> k == Name.Kind.COUNTRY).isPresent();
    }

    /** Whether a date right after a place puts it more than a week before the article: "met in Busan on Oct. 30". */
    private static boolean datedEarlier(String after, LocalDate published) {
        String near = after.substring(0, Math.min(after.length(), 40));
        for (DateMention d : DateFinder.strict().find(near, published)) {
            if (d.to().isBefore(published.minusDays(7))) {
                return true;
            }
        }
        return false;
    }

    private static String titleCase(String capitals) {
        StringBuilder out = new StringBuilder(capitals.length());
        boolean start = true;
        for (char c : capitals.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /**
     * The place and the names of its country, "the Swiss talks" — except where this corpus uses
     * the city for its country's government ("Washington said", an alias in {@code aliases.tsv}):
     * that country is a party to every round, and its name selects none of them.
     */
    private static List<String> placeNames(String place, KnownNames known) {
        if (place == null) {
            return List.of();
        }
        if (standsForCountry(known, place)) {
            return List.of(place);
        }
        Set<String> names = new LinkedHashSet<>();
        names.add(place);
        names.addAll(WorldPlaces.get().shortNames(place)); // "the KL talks"
        WorldPlaces.get().countryOfCity(place).ifPresent(c -> {
            // a country whose government the articles name by a city ("Beijing said") is a party to the
            // talks, not the scene of one round: "the Chinese" is no name of the Hong Kong round
            if (c.cities().stream().noneMatch(city -> standsForCountry(known, city))) {
                names.addAll(c.names());
                names.addAll(c.adjectives());
            }
        });
        return List.copyOf(names);
    }
}
