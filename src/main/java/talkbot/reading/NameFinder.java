package talkbot.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.lexicon.EnglishWords;
import talkbot.lexicon.TitleWords;
import talkbot.lexicon.WorldPlaces;
import talkbot.time.CalendarWords;

/**
 * Finds the names in a sentence without a trained model: runs of capitalised words (with the
 * particles of names, "von der", and "of" inside titles and institutions), less a sentence-initial
 * function word, split into a title and a name at the last title word ("US Treasury Secretary" |
 * "Scott Bessent"), and read as a kind by what the corpus knows, the world's places, the words
 * institutions and venues end with, and the words around it ("at Rosenbad", "said Li").
 */
public final class NameFinder {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'’.-]*");
    private static final Set<String> PARTICLES = Set.of("von", "van", "der", "de", "den", "da", "das", "dos", "di", "du", "des",
            "del", "della", "la", "le", "al", "bin", "el");
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "in", "on", "at", "but", "and", "or", "while", "after", "before", "since", "speaking",
            "representing", "although", "though", "meanwhile", "under", "both", "if", "it", "its", "this", "that",
            "these", "those", "there", "he", "she", "they", "we", "i", "his", "her", "their", "our", "what", "when",
            "where", "why", "how", "who", "as", "with", "for", "from", "by", "to", "of", "new", "last", "next",
            "earlier", "later", "asked", "according", "despite", "during", "among", "unlike", "like", "even", "also",
            "still", "yet", "so", "then", "once", "some", "many", "most", "all", "each", "every", "no", "not",
            "only", "more", "recent", "several", "other", "another", "such", "senior", "top", "former");
    private static final Set<String> ORG_ENDINGS = Set.of(
            "partners", "capital", "research", "securities", "group", "bank", "management", "advisory", "economics",
            "agency", "commission", "council", "ministry", "department", "office", "association", "institute",
            "institution", "organization", "organisation", "fund", "reserve", "exchange", "news", "times", "post",
            "journal", "corp", "corporation", "inc", "ltd", "plc", "company", "co", "holdings", "investments",
            "insights", "consulting", "consultancy", "associates", "analytics", "intelligence", "markets", "bloc",
            "parliament", "congress", "senate", "assembly", "party", "union", "federation", "forum", "board",
            "authority", "administration", "service", "services", "foundation", "university", "school", "platform",
            "network", "television", "radio", "press", "media", "agencies", "motors", "industries", "technologies",
            "xinhua", "reuters", "bloomberg", "cabinet", "court", "house",
            // what firms and offices are called after: "Vietnam Airlines", "Iluka Resources", "Toyota Motor", "U.S. Customs"
            "airlines", "airline", "airways", "resources", "materials", "motor", "shipyard", "shipyards", "shipbuilding", "gas",
            "oil", "petroleum", "energy", "steel", "mining", "minerals", "metals", "chemicals", "foods", "pharmaceuticals",
            "electronics", "semiconductor", "semiconductors", "logistics", "shipping", "telecom", "aerospace", "automotive",
            "customs", "affairs", "composite", "index");
    private static final Set<String> INSTITUTION_STARTS = Set.of("chamber", "republic", "people's", "bureau", "court", "state", "secretariat");
    /** Institutions named by what they are for: "Centre for Strategic Studies", "Office for National Statistics". */
    private static final Set<String> FOR_STARTS = Set.of("centre", "center", "council", "institute", "office", "foundation",
            "coalition", "alliance", "committee", "commission", "agency", "bureau", "association", "federation", "fund",
            "partnership", "organisation", "organization");
    private static final Set<String> ONE_WORD_ORGS = Set.of("xinhua", "reuters", "bloomberg", "nasdaq", "opec", "nato", "wto", "imf", "asean", "apec",
            "congress", "parliament", "senate", "politburo");
    /** "Ministry of Commerce", "Bank of Japan": institutions named by what they are, then of what. */
    private static final Set<String> ORG_STARTS = Set.of("ministry", "department", "bank", "bureau", "office", "council", "commission",
            "university", "institute", "federation", "association", "chamber", "court", "agency", "committee", "house");
    private static final Set<String> VENUE_ENDINGS = Set.of(
            "house", "palace", "hall", "centre", "center", "hotel", "residence", "building", "tower", "castle",
            "resort", "lodge", "manor", "square", "street", "station", "terminal", "villa", "mansion", "headquarters", "embassy",
            "guesthouse", "complex", "club", "course", "pavilion", "museum", "chateau", "estate", "avenue", "road", "boulevard");
    private static final Set<String> VENUE_STARTS = Set.of("villa", "palais", "palazzo", "palacio", "palácio", "chateau", "château", "hotel", "casa");
    /** Buildings named by what they are, then of what: "Palace of Culture and Science", "Palace of Westminster". */
    private static final Set<String> VENUE_OF = Set.of("palace", "hall", "castle", "pavilion", "museum");
    /** Words that may come before such a building's noun: "Great Hall of …", "Royal Palace of …". */
    private static final Set<String> VENUE_OF_ADJECTIVES = Set.of("great", "grand", "royal", "old", "new", "national", "imperial", "summer", "winter");

    /**
     * Whether the token at {@code at} is a building's noun that opens the name begun at {@code from}
     * ("Palace of …", "Great Hall of …"): not the surname of "Ben Hall of Capital Economics".
     */
    private static boolean opensVenue(List<Token> tokens, int from, int at) {
        if (!VENUE_OF.contains(tokens.get(at).lower())) {
            return false;
        }
        for (int k = from; k < at; k++) {
            if (!VENUE_OF_ADJECTIVES.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        return true;
    }
    private static final Pattern PLACE_BEFORE = Pattern.compile("(?i)\\b(?:in|at|to|from|near|outside|inside|of central|in central|suburb of|town of|city of|coast of|capital,?)\\s+$");
    private static final Pattern AT_THE_BEFORE = Pattern.compile("(?i)\\b(?:held|met|meet|meeting|talks|hosted|convened|gathered|took place|taking place)\\s+(?:[\\w()., -]{0,40}\\s)?at the\\s+$");
    /** "at the G20 summit": the name of an event, not of a building. */
    private static final Pattern EVENT_AFTER = Pattern.compile("\\s+(?:summit|forum|conference|meeting|meetings|talks|session|sessions|gathering|sidelines)\\b");
    private static final Set<String> REGION_PREFIX = Set.of("central", "southern", "northern", "eastern", "western",
            "southeast", "southeastern", "northeast", "northeastern", "southwest", "northwest", "south", "north", "east", "west");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final Pattern VENUE_NOUN_AFTER = Pattern.compile("\\s+(?:(?:state|official|presidential|government|historic|luxury)\\s+)?"
            + "(?:hotel|resort|palace|villa|building|residence|mansion|guesthouse|guest house|conference centre|conference center|convention centre|convention center)\\b");
    /** "the Palácio das Necessidades, the pink 18th-century palace that …": a name set beside a building's noun. */
    private static final Pattern VENUE_APPOSITION = Pattern.compile("^,\\s+(?:the|a|an)\\s+(?:[\\w’'-]+\\s+){0,3}?"
            + "(?:hotel|resort|palace|villa|building|residence|mansion|guesthouse|castle|pavilion|museum|centre|center|complex|venue)"
            + "(?![\\w’'])(?!\\s+(?:for|of)\\b)");
    /** "the Pathum Wan district", "Minato ward": the noun after a name says it is part of a city or a country. */
    private static final Pattern PLACE_NOUN_AFTER = Pattern.compile(
            "\\s+(?:" + talkbot.lexicon.WorldPlaces.DISTRICT_NOUNS + "|province|prefecture|county)\\b");
    /** "a stake in TikTok", "technology related to TikTok": what is held, or what something concerns, is no place. */
    private static final Pattern HOLDING_BEFORE = Pattern.compile(
            "(?i)\\b(?:(?:stake|stakes|shares|holding|holdings|interest|investment|investments|invested|investing|investor|investors|stakeholder)\\s+in"
                    + "|(?:related|relating|linked|tied|belonging|according|thanks|owing|due)\\s+to)\\s+$");
    private static final Pattern EMPLOYER_BEFORE = Pattern.compile("(?i)\\b(?:economist|analyst|strategist|director|head|chief|partner"
            + "|fellow|professor|researcher|executive|chairman|chairwoman|officer|manager|adviser|advisor|spokesperson|spokeswoman"
            + "|spokesman|scientist|trader|lawyer|consultant|editor|correspondent)s?\\s+(?:at|with)\\s+$");
    private static final Pattern SPEECH_AFTER = Pattern.compile("^(?:'s|’s)?,?\\s+(?:said|says|told|added|stated|wrote|noted|warned|argued|insisted|explained|called|described|who|was|is|has|had)\\b");
    private static final Pattern SPEECH_BEFORE = Pattern.compile("(?i)\\b(?:said|says|told|according to|by)\\s+$");

    /** A verb right after a capital: it stands for its government ("Washington will cut", "Lima lifts duty"), no scene. */
    private static final Pattern ACTS = Pattern.compile(
            "\\s+(?:will|would|could|can|may|might|must|should|has|have|had|is|was|agreed|agrees|wants|wanted|said|says|insisted|insists"
                    + "|plans|planned|demanded|demands|refused|refuses|offered|offers|pledged|pledges|cut|cuts|raised|raises|imposed|imposes"
                    + "|lifts|lifted|lowers|lowered|hikes|hiked|slaps|slapped|bans|banned|blocks|blocked|rejects|rejected|accepts|accepted"
                    + "|threatens|threatened|warns|warned|vows|vowed|also)\\b");

    /** Whether the text after a place's name makes the place stand for its government: "Washington will cut", "Lima lifts duty". */
    public static boolean actsAsGovernment(String after) {
        return ACTS.matcher(after).lookingAt();
    }

    /** Whether the text before a name ends in someone's job at it: "senior economist at ". */
    public static boolean worksAt(String before) {
        return EMPLOYER_BEFORE.matcher(before).find() || JOB_AT.matcher(before).find();
    }

    /** "head of Asia trade research at ": a job, a few words on what of, then where. */
    private static final Pattern JOB_AT = Pattern.compile("(?i)\\b(?:economist|analyst|strategist|director|head|chief|partner|fellow|professor"
            + "|researcher|executive|chairman|chairwoman|officer|manager|adviser|advisor|spokesperson|spokeswoman|spokesman|president)s?\\b"
            + "[^,.;\"“”]{0,30}\\b(?:at|with)\\s+(?:the\\s+)?$");

    private final KnownNames known;
    private final WorldPlaces world;

    public NameFinder(KnownNames known) {
        this.known = known;
        this.world = WorldPlaces.get();
    }

    private record Token(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.charAt(0)) || (Character.isDigit(text.charAt(0)) && text.contains("&"));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    /** A capital letter and its point after a given name ("Lester B. Pearson"), not a sentence's end ("Plan B. China said"). */
    private static boolean middleInitial(String text, List<Token> tokens, int start, int end) {
        if (end - start != 2 || !Character.isUpperCase(text.charAt(start)) || text.charAt(start + 1) != '.' || tokens.isEmpty()) {
            return false;
        }
        Token previous = tokens.get(tokens.size() - 1);
        return previous.capitalised() && previous.end() == start - 1 && text.charAt(start - 1) == ' '
                && !EnglishWords.contains(previous.lower()) && INITIAL_THEN_NAME.matcher(text).region(end, text.length()).lookingAt();
    }

    private static final Pattern INITIAL_THEN_NAME = Pattern.compile(
            " (?!(?:The|A|An|It|Its|He|She|They|We|But|And|In|On|At|As|This|That|Officials|Negotiators)\\b)\\p{Lu}\\p{L}");

    /** The names of {@code text}, in order. */
    public List<Name> find(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() + 1 && ".-'’".indexOf(text.charAt(end - 1)) >= 0 && !isAbbreviation(text.substring(m.start(), end))) {
                end--;
            }
            if (middleInitial(text, tokens, m.start(), m.end())) {
                end = m.end(); // "Lester B. Pearson Building": the initial and its point are part of the name
            }
            int hyphen = text.lastIndexOf('-', end - 1);
            if (hyphen > m.start() && hyphen + 1 < end && Character.isLowerCase(text.charAt(hyphen + 1))
                    && Character.isUpperCase(text.charAt(m.start()))
                    && !(givenNameGoesOn(text, tokens, m.start()) && !isCompoundEnd(text.substring(hyphen + 1, end)))) {
                end = hyphen; // "Singapore-based Pacific Shipowners' Council": the place, then another name
            }
            tokens.add(new Token(m.start(), end, text.substring(m.start(), end)));
        }
        List<Name> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!tokens.get(i).capitalised()) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size()) {
                Token t = tokens.get(j);
                String previous = tokens.get(j - 1).text();
                boolean adjacent = onlySpaceBetween(text, tokens.get(j - 1), t)
                        || t.capitalised() && pluralPossessive(text, tokens.get(j - 1), t); // "Pacific Shipowners' Council"
                if (!adjacent && fieldListBeforeTitle(text, tokens, i, j)) {
                    j++; // "Economy, Trade and Industry Minister Haruka Sonoda": a list of fields before one title
                    continue;
                }
                if (!adjacent && commaField(text, tokens, i, j)) {
                    j++; // "Minister of Trade, Industry and Competition Nomvula Khumalo": a list of fields in one title
                    continue;
                }
                if (!adjacent || ((previous.endsWith("'s") || previous.endsWith("’s")) && !possessiveVenue(text, tokens, j))) {
                    break; // "Trump's Scottish golf resort": the possessor is a name of its own
                }
                if (t.capitalised()) {
                    j++;
                } else if (TitleWords.isHead(t.text()) && j + 1 < tokens.size() && tokens.get(j + 1).capitalised()
                        && onlySpaceBetween(text, t, tokens.get(j + 1))) {
                    j++; // "Opposition Conservative leader Kemi Badenoch": one title, then the name
                } else if (numbered(text, tokens, j)) {
                    j++; // "Merdeka 118", "Section 301", "Nikkei 225": the number is part of the name
                    break;
                } else if (joins(text, tokens, i, j)) {
                    j++;
                } else if (joinsField(text, tokens, i, j)) {
                    j += 2; // "Department of Trade and Industry"
                    break;
                } else if (joinsTitleField(text, tokens, i, j)) {
                    j++; // "Vice Minister of Agriculture and Rural Affairs Zhou Hanlin": one title, then the name
                } else if (joinsFieldsBeforeTitle(text, tokens, i, j)) {
                    j++; // "Business and Trade Secretary Rhian Maddox": two fields, one title, then the name
                } else {
                    break;
                }
            }
            int from = i;
            while (from > 0 && PARTICLES.contains(tokens.get(from - 1).text()) && onlySpaceBetween(text, tokens.get(from - 1), tokens.get(from))
                    && (from - 1 == 0 || !tokens.get(from - 2).capitalised() || !onlySpaceBetween(text, tokens.get(from - 2), tokens.get(from - 1)))) {
                from--; // "... predictability," von der Leyen said
            }
            read(text, tokens, from, j).ifPresent(out::add);
            i = j;
        }
        return out;
    }

    /**
     * Whether the word at {@code at}, after a possessive, is a building's noun that ends a name: "Haakon's Hall", "St
     * James's Palace" (not "Trump's Scottish golf resort", nor "China's Great Hall of the People" or "Britain's House of
     * Commons", whose possessor is a name of its own).
     */
    private boolean possessiveVenue(String text, List<Token> tokens, int at) {
        Token t = tokens.get(at);
        String possessor = tokens.get(at - 1).text().replaceAll("['’]s$", "");
        return t.capitalised() && VENUE_ENDINGS.contains(t.lower())
                && !world.isCity(possessor) && world.country(possessor).isEmpty() // "Britain's House of Commons", "Beijing's Hall"
                && (at + 1 == tokens.size() || !onlySpaceBetween(text, t, tokens.get(at + 1))
                        || !tokens.get(at + 1).capitalised() && !tokens.get(at + 1).lower().equals("of"));
    }

    /**
     * Whether the word at {@code start} follows a capitalised word with one space between: in
     * "Tsai Ming-hsien" and "Yeo Han-koo" a hyphenated given name goes on from the surname.
     */
    private static boolean givenNameGoesOn(String text, List<Token> tokens, int start) {
        if (tokens.isEmpty()) {
            return false;
        }
        Token previous = tokens.get(tokens.size() - 1);
        return previous.capitalised() && previous.end() + 1 == start && text.charAt(previous.end()) == ' '
                && !previous.text().endsWith("'s") && !previous.text().endsWith("’s");
    }

    /** What ends an English compound after a hyphen: "Hong Kong-based", "Beijing-backed", "U.S.-made", "Cold War-era". */
    private static final Set<String> COMPOUND_ENDS = Set.of("made", "born", "era", "style", "wide", "run", "bound", "free",
            "only", "led", "held", "built", "grown", "sized", "type", "like", "specific", "centric", "friendly");

    private static boolean isCompoundEnd(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith("ed") || COMPOUND_ENDS.contains(w);
    }

    /**
     * Whether a lower-case word joins the capitalised words around it into one name: the particles
     * of names ("von der Leyen"), "of" inside titles and institutions ("Secretary of State",
     * "Bank of England") and "for" inside titles ("Secretary for Economic Affairs", "Under Secretary of Commerce for
     * International Trade") and institutions ("Centre for Transatlantic Economic Policy"), but not between a person and
     * their employer ("Helen Marsh of XTB").
     */
    private static boolean joins(String text, List<Token> tokens, int from, int j) {
        Token t = tokens.get(j);
        int k = j;
        if (t.text().equals("of") || t.text().equals("for")) {
            String before = tokens.get(j - 1).lower();
            boolean title = TitleWords.isHead(before); // "Secretary for Economic Affairs", "Minister of Commerce"
            for (int x = from; x < j - 1 && !title && t.text().equals("for"); x++) {
                title = TitleWords.isHead(tokens.get(x).lower()); // "Under Secretary of Commerce for International Trade"
            }
            boolean institution = t.text().equals("for") ? FOR_STARTS.contains(before) // "Centre for Transatlantic Economic Policy"
                    : ORG_ENDINGS.contains(before) || INSTITUTION_STARTS.contains(before) || opensVenue(tokens, from, j - 1);
            if (!title && !institution) {
                return false;
            }
            k++;
        } else {
            while (k < tokens.size() && PARTICLES.contains(tokens.get(k).text())) {
                k++;
            }
        }
        if (k == j || k >= tokens.size() || !tokens.get(k).capitalised()) {
            return false;
        }
        for (int x = j; x <= k; x++) {
            if (!onlySpaceBetween(text, tokens.get(x - 1), tokens.get(x))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether "and" joins two fields before the title word they name the office of: "Business and Trade Secretary Rhian
     * Maddox", "Energy and Environment Minister …" — a name of fields so far (after a country's adjective at most), a field
     * after "and", then a title word with a capitalised word after it; not "the Ministry of Economy, Trade and Industry and
     * Chinese Commerce Minister Wang Wentao".
     */
    private static boolean joinsFieldsBeforeTitle(String text, List<Token> tokens, int from, int j) {
        if (!tokens.get(j).text().equals("and") || !fieldsOpen(tokens, from, j) || j + 1 >= tokens.size()
                || !FIELDS.contains(tokens.get(j + 1).lower()) || !onlySpaceBetween(text, tokens.get(j - 1), tokens.get(j))) {
            return false;
        }
        for (int k = j + 1; k < Math.min(tokens.size() - 1, j + 4); k++) {
            Token t = tokens.get(k);
            if (!t.capitalised() || !onlySpaceBetween(text, tokens.get(k - 1), t)) {
                return false;
            }
            if (k > j + 1 && TitleWords.isHead(t.text())) {
                return tokens.get(k + 1).capitalised() && onlySpaceBetween(text, t, tokens.get(k + 1));
            }
        }
        return false;
    }

    /**
     * Whether a comma lists fields before the title word they name the office of: the comma of "Economy, Trade and
     * Industry Minister Haruka Sonoda" — a field, ", ", a capitalised field, then within three words "and" joining two
     * fields before a title word ({@link #joinsFieldsBeforeTitle}).
     */
    private static boolean fieldListBeforeTitle(String text, List<Token> tokens, int from, int j) {
        Token previous = tokens.get(j - 1);
        Token t = tokens.get(j);
        if (!fieldsOpen(tokens, from, j) || !text.substring(previous.end(), t.start()).equals(", ") || !t.capitalised()
                || !FIELDS.contains(t.lower())) {
            return false;
        }
        for (int k = j + 1; k < Math.min(tokens.size(), j + 4); k++) {
            if (tokens.get(k).text().equals("and")) {
                return joinsFieldsBeforeTitle(text, tokens, j, k);
            }
        }
        return false;
    }

    /** Whether the words of a name so far are fields, after a country's adjective at most: "British Business", "Economy". */
    private static boolean fieldsOpen(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = tokens.get(k).lower();
            boolean adjective = k == from && talkbot.lexicon.WorldPlaces.get().isAdjective(tokens.get(k).text());
            if (!FIELDS.contains(w) && !adjective) {
                return false;
            }
        }
        return to > from;
    }

    /**
     * Whether "and" joins one more field to a title of a field: "Vice Minister of Agriculture and
     * Rural Affairs", "Under Secretary for Trade and Foreign Agricultural Affairs" — a title word,
     * "of" or "for", a field just before "and", and after it up to three capitalised words that
     * name a field; not "Secretary of State Marco Rubio and Wang Yi".
     */
    private static boolean joinsTitleField(String text, List<Token> tokens, int from, int j) {
        if (!tokens.get(j).text().equals("and") || j + 1 >= tokens.size() || !FIELDS.contains(tokens.get(j - 1).lower())
                || !onlySpaceBetween(text, tokens.get(j - 1), tokens.get(j)) || !onlySpaceBetween(text, tokens.get(j), tokens.get(j + 1))) {
            return false;
        }
        boolean titleOf = false;
        for (int k = from; k + 1 < j && !titleOf; k++) {
            String next = tokens.get(k + 1).text();
            titleOf = TitleWords.isHead(tokens.get(k).lower()) && (next.equals("of") || next.equals("for"));
        }
        if (!titleOf) {
            return false;
        }
        for (int k = j + 1; k < Math.min(tokens.size(), j + 4); k++) {
            Token t = tokens.get(k);
            if (!t.capitalised() || k > j + 1 && !onlySpaceBetween(text, tokens.get(k - 1), t)) {
                return false;
            }
            if (FIELDS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a comma lists one more field in a title or an institution of fields: "Minister of Trade,
     * Industry and Competition", "Ministry of Trade, Industry and Energy" — a field, ", ", a
     * capitalised field, and "and" within the next two words; a title or institution word with "of" before.
     */
    private static boolean commaField(String text, List<Token> tokens, int from, int j) {
        Token t = tokens.get(j);
        if (!text.substring(tokens.get(j - 1).end(), t.start()).equals(", ") || !t.capitalised()
                || !FIELDS.contains(tokens.get(j - 1).lower()) || !FIELDS.contains(t.lower())) {
            return false;
        }
        boolean and = false;
        for (int k = j + 1; k < Math.min(tokens.size(), j + 3) && !and; k++) {
            and = tokens.get(k).text().equals("and");
        }
        boolean titleOf = false;
        for (int k = from; k + 1 < j && !titleOf; k++) {
            String word = tokens.get(k).lower();
            titleOf = tokens.get(k + 1).text().equals("of") && (TitleWords.isHead(word) || ORG_STARTS.contains(word));
        }
        return and && titleOf;
    }

    /** What ministries and departments are of, one word each: "… of Trade and Industry", "… of Foreign Affairs and Trade". */
    private static final Set<String> FIELDS = Set.of("industry", "trade", "commerce", "energy", "finance", "technology",
            "investment", "planning", "development", "agriculture", "fisheries", "economy", "tourism", "transport",
            "communications", "business", "environment", "health", "labour", "labor", "security", "justice", "education", "science",
            "innovation", "resources", "mines", "culture", "welfare", "affairs", "infrastructure", "forestry", "food", "competition",
            "climate", "industries", "employment", "housing", "defence", "defense", "water", "digital", "economic");

    /**
     * Whether "and" joins one more field to an institution named by what it is and of what:
     * "Department of Trade and Industry", "Department of Foreign Affairs and Trade's …", "Palace
     * of Culture and Science" — one
     * capitalised word after it that names a field of government, not a name or a country
     * ("… of Commerce and China", "… of Commerce and Treasury officials").
     */
    private static boolean joinsField(String text, List<Token> tokens, int from, int j) {
        if (!tokens.get(j).text().equals("and") || j + 1 >= tokens.size()) {
            return false;
        }
        boolean institution = false;
        for (int k = from + 1; k < j && !institution; k++) {
            String before = tokens.get(k - 1).lower();
            institution = tokens.get(k).text().equals("of")
                    && (ORG_STARTS.contains(before) || INSTITUTION_STARTS.contains(before) || opensVenue(tokens, from, k - 1));
        }
        Token field = tokens.get(j + 1);
        boolean oneWord = j + 2 >= tokens.size() || !tokens.get(j + 2).capitalised()
                || !onlySpaceBetween(text, field, tokens.get(j + 2)) || field.text().matches(".*['’]s");
        return institution && field.capitalised() && oneWord && FIELDS.contains(field.lower().replaceAll("['’]s$", ""))
                && onlySpaceBetween(text, tokens.get(j - 1), tokens.get(j)) && onlySpaceBetween(text, tokens.get(j), field);
    }

    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern CALENDAR = Pattern.compile(
            "(?i)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\\.?|january|february|march|april|june|july|august|september|october|november|december"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday");

    /** A bare number right after a capitalised word, ending the name: not a year, not a day of a month, not a figure with a unit. */
    private static boolean numbered(String text, List<Token> tokens, int j) {
        Token t = tokens.get(j);
        String previous = tokens.get(j - 1).text();
        if (!NUMBER.matcher(t.text()).matches() || YEAR.matcher(t.text()).matches() || CALENDAR.matcher(previous).matches()) {
            return false;
        }
        int after = t.end();
        return after >= text.length() || !(Character.isLetterOrDigit(text.charAt(after)) || "%-.$".indexOf(text.charAt(after)) >= 0
                && after + 1 < text.length() && Character.isLetterOrDigit(text.charAt(after + 1)));
    }

    private static boolean isAbbreviation(String s) {
        return s.matches("(?:\\p{Lu}\\.){2,}") || s.matches("(?i)(?:mr|mrs|ms|dr|st|jr|sr)\\.");
    }

    /** "Shipowners' Council": a plural possessive inside a name, an apostrophe and a space between the words. */
    private static boolean pluralPossessive(String text, Token a, Token b) {
        String gap = text.substring(a.end(), b.start());
        return a.text().endsWith("s") && (gap.equals("' ") || gap.equals("’ "));
    }

    private static boolean onlySpaceBetween(String text, Token a, Token b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (text.charAt(k) != ' ') {
                return false;
            }
        }
        return b.start() - a.end() == 1;
    }

    private boolean worldPlace(String text, List<Token> tokens, int from, int to) {
        String run = stripPossessive(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()));
        return world.isCity(run) || world.country(run).isPresent();
    }

    private Optional<Name> read(String text, List<Token> tokens, int from, int to) {
        // a capitalised function word opening a sentence or a quotation is not part of a name
        boolean knownRun = known.kindOf(stripPossessive(text.substring(tokens.get(from).start(), tokens.get(to - 1).end()))).isPresent();
        // "New Delhi", "New Zealand": a place of the world list keeps the function word it starts with
        while (!knownRun && from < to && (FUNCTION_WORDS.contains(tokens.get(from).lower()) || tokens.get(from).lower().equals("of"))
                && known.kindOf(tokens.get(from).text()).isEmpty() && !worldPlace(text, tokens, from, to)) {
            from++; // "In New Delhi": "In" goes, "New Delhi" stays
        }
        while (to > from && (tokens.get(to - 1).lower().equals("of") || PARTICLES.contains(tokens.get(to - 1).text()))) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        // the title ends at the last title word that still leaves a name after it
        int titleEnd = -1;
        for (int k = from; k < to - 1; k++) {
            if (TitleWords.isHead(tokens.get(k).text())) {
                titleEnd = k;
                if (k + 2 < to && (tokens.get(k + 1).text().equals("of") || tokens.get(k + 1).text().equals("for"))) {
                    titleEnd = k + 2; // "Secretary of State"
                    while (to - titleEnd > 3 && EnglishWords.contains(tokens.get(titleEnd + 1).lower())) {
                        titleEnd++; // "State Secretary for Economic Affairs Martin Brunner": office words, then the name
                    }
                    k = titleEnd;
                }
            }
        }
        String title = null;
        int titleStart = tokens.get(from).start();
        int nameFrom = from;
        if (titleEnd == from && to - from == 2 && tokens.get(from).lower().equals("general")
                && EnglishWords.contains(tokens.get(to - 1).lower())) {
            // "General Motors", "General Electric": a firm named with a title word and an everyday one, not a general called Motors
            String firm = stripPossessive(text.substring(titleStart, tokens.get(to - 1).end()));
            return Optional.of(new Name(titleStart, titleStart + firm.length(), firm, Name.Kind.ORG, null, titleStart));
        }
        if (titleEnd >= from && titleEnd < to - 1 && titledBuilding(text, tokens, from, to)) {
            titleEnd = -1; // "held at Queen Elizabeth House": a building named after someone with a title, not a person
        }
        if (titleEnd >= from && titleEnd < to - 1) {
            title = text.substring(tokens.get(from).start(), tokens.get(titleEnd).end());
            nameFrom = titleEnd + 1;
        }
        int start = tokens.get(nameFrom).start();
        int end = tokens.get(to - 1).end();
        String name = stripPossessive(text.substring(start, end));
        end = start + name.length();
        if (name.isEmpty() || (to - nameFrom == 1 && CalendarWords.is(name))) {
            return Optional.empty();
        }
        boolean sentenceStart = isSentenceStart(text, titleStart);
        Name.Kind kind = kind(text, name, start, end, title != null, sentenceStart, to - nameFrom);
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new Name(start, end, name, kind, title, title == null ? start : titleStart));
    }

    /** A place something is at or in, before a name: "at Queen Elizabeth House", "inside the President Hotel". */
    private static final Pattern PLACED_BEFORE = Pattern.compile("(?i)\\b(?:at|in|inside|outside)\\s+(?:the\\s+)?$");

    /**
     * Whether a name that opens with a title word ends in a building's noun and stands where something is ("the talks at
     * Queen Elizabeth House"): the building's name, not a person's ("Trade Minister Peter Hall said" stays a person).
     */
    private static boolean titledBuilding(String text, List<Token> tokens, int from, int to) {
        int start = tokens.get(from).start();
        return VENUE_ENDINGS.contains(tokens.get(to - 1).lower())
                && PLACED_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find();
    }

    /** "Hotel Bristol", "the Kurucesme Palace Hotel" (but not the White House, which stands for a government). */
    private static boolean isVenue(String[] lowerWords) {
        for (int i = 0; i + 1 < lowerWords.length; i++) {
            if (VENUE_OF.contains(lowerWords[i]) && lowerWords[i + 1].equals("of")) {
                return true; // "Palace of Culture and Science"
            }
        }
        return VENUE_STARTS.contains(lowerWords[0])
                || VENUE_ENDINGS.contains(lowerWords[lowerWords.length - 1]) && !String.join(" ", lowerWords).equals("white house");
    }

    /** Whether the name ending at {@code end} is set beside a building's noun: "…, the pink 18th-century palace that …". */
    private static boolean besideVenueNoun(String text, int end) {
        return VENUE_APPOSITION.matcher(text).region(end, text.length()).lookingAt();
    }

    private Name.Kind kind(String text, String name, int start, int end, boolean titled, boolean sentenceStart, int words) {
        Optional<Name.Kind> k = known.kindOf(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (k.isPresent()) {
            // the corpus knows "Kurucesme Palace Hotel" as a place; its own words say which kind of place
            // (not a city the words after describe: "a Buenos Aires hotel", "Ho Chi Minh City, the country's commercial centre")
            // ("the Capella hotel": a one-word name too, when "the" and a building's noun frame it; not "his Florida resort")
            return k.get() == Name.Kind.PLACE && (words > 1 && (isVenue(lower.split(" ")) || !world.isCity(name) && (besideVenueNoun(text, end)
                    || THE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find() && world.country(name).isEmpty()
                    && VENUE_NOUN_AFTER.matcher(text).region(end, text.length()).lookingAt())) // "the Fairmont Palliser hotel", not "his New Jersey resort"
                    || words == 1 && THE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find() && !world.isCity(name)
                    && world.country(name).isEmpty() && VENUE_NOUN_AFTER.matcher(text).region(end, text.length()).lookingAt())
                    ? Name.Kind.VENUE : k.get();
        }
        if (words > 2 && institution(lower.split(" "))) {
            return Name.Kind.ORG; // "vice chairwoman of the Wood Industry Association of Ho Chi Minh City": the body, not a person
        }
        String[] parts = lower.split(" ");
        if (words > 2 && parts.length > 2 && parts[1].equals("for") && FOR_STARTS.contains(parts[0])) {
            return Name.Kind.ORG; // "Centre for Transatlantic Economic Policy"
        }
        if (titled && !firm(name, words)) {
            return Name.Kind.PERSON;
        }
        if (world.isCity(name)) {
            return Name.Kind.PLACE;
        }
        if (world.country(name).isPresent()) {
            return Name.Kind.COUNTRY;
        }
        if (firm(name, words)) {
            return Name.Kind.ORG; // "COSCO Shipping", "HSBC Holdings": a firm, even after "carrier" (but "JD Vance", "USTR Greer" are people)
        }
        String last = parts[parts.length - 1];
        if (words > 1 && isVenue(parts)) {
            return Name.Kind.VENUE;
        }
        if ((words > 1 && (ORG_ENDINGS.contains(last) || ORG_STARTS.contains(parts[0]))) || ONE_WORD_ORGS.contains(lower)) {
            return Name.Kind.ORG;
        }
        String before = text.substring(Math.max(0, start - 25), start);
        String after = text.substring(end);
        if (words == 1 && CAMEL_CASE.matcher(name).matches()) {
            return Name.Kind.ORG; // "TikTok", "ByteDance": a brand, not a person (but "McDonald", "DeSantis")
        }
        if (SPEECH_BEFORE.matcher(before).find() || SPEECH_AFTER.matcher(after).find()) {
            if ((words > 1 || !EnglishWords.contains(lower)) && !Character.isDigit(last.charAt(0))) {
                return Name.Kind.PERSON;
            }
        }
        if (VENUE_NOUN_AFTER.matcher(after).lookingAt() || words > 1 && besideVenueNoun(text, end)) {
            return Name.Kind.VENUE; // "the Capella hotel", "the Treasury building"
        }
        if (PLACE_NOUN_AFTER.matcher(after).lookingAt()) {
            return Name.Kind.PLACE; // "Bangkok's Pathum Wan district": no person, whatever its two words look like
        }
        if (worksAt(text.substring(Math.max(0, start - 45), start))) {
            return Name.Kind.ORG; // "senior economist at Maybank", "head of Asia trade research at Calloway Stratton": where someone works
        }
        if (words == 1 && AT_THE_BEFORE.matcher(text.substring(Math.max(0, start - 70), start)).find() && !EnglishWords.contains(lower)
                && !name.equals(name.toUpperCase(Locale.ROOT)) && !EVENT_AFTER.matcher(after).lookingAt()) {
            return Name.Kind.VENUE; // "held at the Kongresshaus" (not "at the OECD"); cities and employers were read above
        }
        if (PLACE_BEFORE.matcher(before).find() && !HOLDING_BEFORE.matcher(before).find() && words <= 2) {
            return Name.Kind.PLACE;
        }
        if (sentenceStart && words == 1 && EnglishWords.contains(lower)) {
            return null; // "Markets rallied": a capitalised word, not a name
        }
        if (words == 2 && REGION_PREFIX.contains(parts[0]) && world.country(name.substring(name.lastIndexOf(' ') + 1)).isPresent()) {
            return Name.Kind.COUNTRY; // "Central Asia", "Southern Europe": a region, not a person, nor a city or a building
        }
        if (namesText(name)) {
            return Name.Kind.OTHER; // "the Data Security Law", "the Inflation Reduction Act": a text, not a person
        }
        if (words >= 2 && words <= 4 && !isAcronymRun(name) && !Character.isDigit(last.charAt(0))) {
            return Name.Kind.PERSON; // but nobody is called "Section 301"
        }
        return Name.Kind.OTHER;
    }

    /** Words that name a body whatever else its name says: "Association" last, or before "of". */
    private static final Set<String> INSTITUTION_WORDS = Set.of("association", "institute", "federation", "council", "ministry",
            "department", "commission", "agency", "committee", "chamber", "university", "corporation", "bureau", "alliance", "coalition");

    /** "Wood Industry Association of Ho Chi Minh City", "Semiconductor Equipment Suppliers Coalition". */
    private static boolean institution(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            if (INSTITUTION_WORDS.contains(parts[i]) && (i == parts.length - 1 || parts[i + 1].equals("of"))) {
                return true;
            }
        }
        return false;
    }

    /** The last words of the names of laws, agreements and plans. */
    private static final Set<String> DOCUMENT_ENDINGS = Set.of("law", "act", "agreement", "treaty", "accord", "accords", "initiative",
            "programme", "program", "plan", "convention", "protocol", "charter", "declaration", "bill", "code", "directive");

    /** A word of three capitals or more, then one everyday word: "COSCO Shipping", "HSBC Holdings", "BYD Auto". */
    private static final Pattern FIRM_ACRONYM = Pattern.compile("\\p{Lu}{3,}\\s+(\\p{Lu}\\p{Ll}+)");
    /** Endings that are also surnames ("Jude Law", "Ted Bill"): a text's name only with more words before them. */
    private static final Set<String> SURNAME_LIKE_ENDINGS = Set.of("law", "bill", "code", "plan");

    /** Whether a name is that of a law, an agreement or a plan ("the Data Security Law"): a text, which nobody is a party to by name. */
    public static boolean namesText(String name) {
        String[] parts = name.toLowerCase(Locale.ROOT).split(" ");
        String last = parts[parts.length - 1];
        return parts.length >= 2 && DOCUMENT_ENDINGS.contains(last) && (parts.length >= 3 || !SURNAME_LIKE_ENDINGS.contains(last));
    }

    private static boolean firm(String name, int words) {
        Matcher m = FIRM_ACRONYM.matcher(name);
        return words == 2 && !isAcronymRun(name) && m.matches() && EnglishWords.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** One word with a capital inside it, after a start that is not a surname prefix ("Mc", "De", "Van"). */
    private static final Pattern CAMEL_CASE = Pattern.compile(
            "(?!(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz)\\p{Lu})\\p{Lu}\\p{Ll}+\\p{Lu}[\\p{L}]*");

    private static boolean isAcronymRun(String name) {
        return name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private static boolean isSentenceStart(String text, int at) {
        int k = at - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || "“\"‘'(".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        return k < 0 || ".!?:;—–".indexOf(text.charAt(k)) >= 0;
    }

    private static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) {
            return s.substring(0, s.length() - 2);
        }
        if (s.endsWith("s'") || s.endsWith("s’")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }
}
