package talkbot.answer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.corpus.Entity;
import talkbot.corpus.Text;
import talkbot.index.CorpusIndex;
import talkbot.index.Hit;
import talkbot.index.SentenceReading;
import talkbot.intent.Question;
import talkbot.lexicon.WorldPlaces;
import talkbot.reading.Name;

/**
 * Which side of a negotiation a question asks about ("who led china's team", "the american
 * side") and which side each person of a sentence is on: the country of their own title ("U.S.
 * Treasury Secretary"), else the nearest country before them in their clause ("a Chinese team led
 * by ... He Lifeng and ... Li Chenggang"), else the first after it ("Bessent and Greer led the
 * American delegation"), else the country other sentences of the corpus give them in a title
 * ("U.S. President Donald Trump") — looked up once per name.
 */
final class Sides {
    /** Words that make a country in a question the side asked about. */
    private static final Pattern SIDE_WORD = Pattern.compile("^(?:\\w+\\s+)?(?:side|sides|team|teams|delegation|delegations"
            + "|negotiator|negotiators|negotiating|rep|reps|representative|representatives|officials|official|delegates|lead|chief|top)\\b");
    /** Offices after a country's adjective that make it the side asked when the office is what is asked: "who was the swedish minister". */
    private static final String OFFICES = "minister|ministers|secretary|commissioner|envoy|envoys|ambassador|premier|president"
            + "|spokesman|spokeswoman|spokesperson";
    private static final Pattern OFFICE_WORD = Pattern.compile("^(?:\\w+\\s+)?(?:" + OFFICES + ")\\b");
    /** A question that asks who holds an office: "who was the swedish minister …", "which chinese minister …" (not "who did the us president call"). */
    private static final Pattern OFFICE_ASKED = Pattern.compile("^(?:so\\s+|and\\s+)?(?:who(?:'s|s)?(?:\\s+(?:is|was|are|were))?|which)\\s+(?:the\\s+)?[\\w.'-]+\\s+(?:\\w+\\s+)?(?:" + OFFICES + ")\\b");
    /** "who led china", "who negotiated for the americans": the country a lead verb takes is the side asked about. */
    private static final Pattern LED_BEFORE = Pattern.compile(
            "\\b(?:led|leads|lead|leading|headed|heads|head|heading|represented|represents|represent|representing"
                    + "|(?:negotiated|negotiates|negotiate|negotiating|spoke|speaks|speak|speaking)\\s+for)\\s+(?:the\\s+)?$");

    /** Sentences searched for a name when its own sentence doesn't say its side. */
    private static final int LOOKUP = 200;

    private final CorpusIndex index;
    private final Map<String, Optional<String>> known = new ConcurrentHashMap<>();

    Sides(CorpusIndex index) {
        this.index = index;
    }

    /** The side a question asks about, worked out once per question: its {@code country} is null when it names none. */
    record Asked(Sides sides, Entity country) {
        /** Whether the sentence (or the corpus) puts the person on another country's side than the one asked about. */
        boolean otherSide(String sentence, SentenceReading r, Name person, String title) {
            return country != null && Boolean.FALSE.equals(sides.on(sentence, r, person, title, country));
        }
    }

    /** The side {@code q} asks about. */
    Asked asked(Question q) {
        return new Asked(this, country(q));
    }

    /** Each country name as a whole-word pattern (or with an "s" chat writes for its possessive), compiled once. */
    private static final Map<String, Pattern> WHOLE_NAME = new ConcurrentHashMap<>();

    /** The country whose side the question asks about, or null when it names none that way. */
    private static Entity country(Question q) {
        String folded = Text.fold(q.corrected());
        boolean officeAsked = OFFICE_ASKED.matcher(folded).find();
        for (Entity e : q.entities()) {
            if (e.type() != Entity.EntityType.COUNTRY) {
                continue;
            }
            for (String name : e.names()) {
                String n = Text.fold(name);
                if (WorldPlaces.get().isCity(name)) {
                    continue; // "in washington" says where, not whose side
                }
                Matcher m = WHOLE_NAME.computeIfAbsent(n, x -> Pattern.compile("\\b" + Pattern.quote(x) + "(s)?\\b")).matcher(folded);
                while (m.find()) {
                    if (m.group(1) != null && SIDE_WORD.matcher(folded.substring(m.end()).stripLeading()).find()) {
                        return e; // "whos taiwans top negotiator": chat drops the apostrophe of "taiwan's"
                    }
                    if (LED_BEFORE.matcher(folded.substring(0, m.start())).find()) {
                        return e; // "who led china", "who represented the us"
                    }
                    if (officeAsked && OFFICE_WORD.matcher(folded.substring(m.end()).stripLeading()).find()) {
                        return e; // "who was the swedish minister that hosted the talks"
                    }
                    if (SIDE_WORD.matcher(folded.substring(m.end()).stripLeading()).find()
                            || folded.substring(m.end()).startsWith("'s") || folded.substring(m.end()).startsWith("’s")) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    /** True when the person is on the side of {@code side}, false when on another country's, null when the sentence doesn't say. */
    private Boolean on(String sentence, SentenceReading r, Name person, String title, Entity side) {
        String country = countryOf(sentence, r, person, title);
        if (country == null) {
            country = elsewhere(person.text());
        }
        if (country == null) {
            return null;
        }
        Optional<WorldPlaces.Country> of = WorldPlaces.get().country(country);
        for (String n : side.names()) {
            if (Text.fold(n).equals(Text.fold(country))) {
                return true;
            }
            Optional<WorldPlaces.Country> sideCountry = WorldPlaces.get().isCity(n) ? Optional.empty() : WorldPlaces.get().country(n);
            if (of.isPresent() && sideCountry.isPresent() && of.get().name().equals(sideCountry.get().name())) {
                return true;
            }
        }
        return false;
    }

    /** The country most titles give the person elsewhere in the corpus ("U.S. President Donald Trump"), or null. */
    private String elsewhere(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1);
        return known.computeIfAbsent(Text.fold(last), k -> lookUp(last)).orElse(null);
    }

    private Optional<String> lookUp(String last) {
        List<String> terms = index.analysis().queryTerms(last);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> votes = new HashMap<>();
        for (Hit h : index.searchSentences(terms, LOOKUP)) {
            SentenceReading r = index.reading(h.ord());
            String sentence = index.sentence(h.ord()).text();
            for (Name n : r.names()) {
                // the title written with the name, before it or in apposition ("Li Chenggang, China's trade representative")
                String country = n.kind() == Name.Kind.PERSON && n.text().contains(" ") && List.of(n.text().split(" ")).contains(last)
                        ? WorldPlaces.get().countryWordIn(n.title() != null ? n.title() : apposition(sentence, n)) : null;
                if (country != null) {
                    String named = WorldPlaces.get().country(country).map(WorldPlaces.Country::name).orElse(country);
                    votes.merge(named, 1, Integer::sum);
                }
            }
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * The words in apposition right after a name, up to the next comma: ", China's international
     * trade representative,". Wider than PersonSpans.fullTitle's apposition, which wants a
     * title word or an article: here any country the words name counts as a vote.
     */
    private static String apposition(String sentence, Name n) {
        String after = sentence.substring(n.end());
        if (!after.startsWith(", ")) {
            return null;
        }
        int end = after.indexOf(',', 2);
        return after.substring(2, end < 0 ? Math.min(after.length(), 80) : end);
    }

    /** A country written where the sentence says whose side someone is on, and where. */
    private record Mark(int at, String country, boolean ofTitle) {}

    private static String countryOf(String sentence, SentenceReading r, Name person, String title) {
        String own = WorldPlaces.get().countryWordIn(title); // "Rajesh Agrawal, a special secretary in India's Department of Commerce"
        if (own != null) {
            return own;
        }
        String apposed = apposition(sentence, person);
        if (apposed != null && !NOT_A_TITLE.matcher(apposed).lookingAt() && talkbot.lexicon.TitleWords.headsPhrase(apposed)) {
            String of = WorldPlaces.get().countryWordIn(apposed); // "Zhou Lihua, director-general of the Chinese Commerce Ministry's Department …"
            if (of != null) {
                return of;
            }
        }
        int clause = r.clauseAt(person.titleStart());
        List<Mark> marks = new ArrayList<>();
        for (Name n : r.names()) {
            if (n == person || r.clauseAt(n.titleStart()) != clause || quoted(r, n)) {
                continue; // "... with the United States," Prime Minister Shigeru Ishiba said: a country in words quoted says nothing of sides
            }
            if (n.kind() == Name.Kind.COUNTRY && !WorldPlaces.get().isCity(n.text()) && WorldPlaces.get().country(n.text()).isPresent()) {
                marks.add(new Mark(n.start(), n.text(), false));
            } else if (n.kind() == Name.Kind.PERSON) {
                String country = WorldPlaces.get().countryWordIn(n.title());
                if (country != null) {
                    marks.add(new Mark(n.titleStart(), country, true));
                }
            }
        }
        Mark before = null;
        Mark after = null;
        for (Mark m : marks) {
            if (m.at() < person.titleStart() && (before == null || m.at() > before.at())) {
                before = m;
            } else if (m.at() > person.end() && !m.ofTitle() && (after == null || m.at() < after.at())) {
                // a country after the name says their side ("Bessent and Greer led the American delegation"); another person's title does not
                after = m;
            }
        }
        if (after != null && ON_THE.matcher(sentence.substring(person.end(), after.at())).matches()
                && SIDE_AFTER.matcher(sentence.substring(Math.min(sentence.length(), after.at() + after.country().length()))).lookingAt()) {
            return after.country(); // "led by He on the Chinese side and by Bessent and Greer on the American side"
        }
        return before != null ? before.country() : after != null ? after.country() : null;
    }

    /** Words in apposition that are no title: "Greer, who met China's envoy,". */
    private static final Pattern NOT_A_TITLE = Pattern.compile("(?i)(?:who|which|that|when|where|said|says|and|but)\\b");

    private static final Pattern ON_THE = Pattern.compile("[\\w\\s]{0,30}\\bon the\\s+");
    private static final Pattern SIDE_AFTER = Pattern.compile("\\s+(?:side|team|delegation)\\b");

    private static boolean quoted(SentenceReading r, Name n) {
        for (var quote : r.quotes()) {
            if (n.start() >= quote.start() && n.end() <= quote.end()) {
                return true;
            }
        }
        return false;
    }
}
