package talkbot.intent;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.lexicon.MarketWords;
import talkbot.lexicon.WorldPlaces;

/**
 * What a question's answer looks like, read once from its wording: the answer type ("which
 * building" wants a venue, "how long" a duration), for a figure the unit it is counted in ("how
 * many people", "in points") and which end of a change it wants ("cut to" the new figure, "before"
 * the old one).
 *
 * @param type      the answer type
 * @param unit      the unit a figure must be in ("percent", "people", "day"), or null for any
 * @param direction for a figure that changes, the end the question asks for
 * @param typeWord  the word that names the answer's type ("building" in "which building"), which the
 *                  answer need not contain — a span of that type is what answers it; null when none
 * @param measured  what a "how much" question measures when it names a thing ("how much LNG": lng),
 *                  which a figure that answers it must be of; null when it names none, or money, a
 *                  rate or a change ("how much did exports drop")
 * @param also      a second thing the question asks for ("where and when", "who led it, and when"):
 *                  when, where or who; null when it asks for one thing
 * @param asksWhy   whether it asks "why" in so many words: a reason is its answer ("what does china
 *                  want" is read as the same intent and asks for none)
 * @param asksConsequence whether it asks what follows a condition ("what happens if they miss the
 *                  deadline"): what the condition brings is its answer
 * @param asksDescription whether it asks how someone described something ("how did li describe the
 *                  talks"): the words they described it as are its answer
 */
public record QuestionShape(AnswerType type, String unit, Direction direction, String typeWord, String measured, Intent also,
        boolean asksWhy, boolean asksConsequence, boolean asksDescription) {
    /** "Which round (number) was berlin", "what round of us-china talks was the madrid one": the number of a round in its series. */
    private static final Pattern ROUND_NUMBER = Pattern.compile(
            "^(?:so\\s+|and\\s+|ok\\s+)?(?:which|what)\\s+(?:(?:number\\s+)?round\\b(?:\\s+(?:number|no\\.?))?|number\\s+(?:meeting|session)\\b"
                    + "|(?:meeting|session)\\s+(?:number|no\\.?))"
                    + "(?:\\s+of\\s+[\\w .'-]{1,40}?)?\\s+(?:was|is|were|will be)\\b");
    /** "How did Li describe the talks", "how would the analyst characterise it". */
    static final String DESCRIBING = "describe|characteri[sz]e";
    static final Pattern DESCRIPTION_ASKED = Pattern.compile(
            "\\bhow (?:did|does|do|would|has|have|had) .{1,60}?\\b(?:" + DESCRIBING + ")\\b");
    private static final Pattern WHY_WORD = Pattern.compile("\\bwhy\\b");
    /** A question of what follows a condition: "what happens if …", "what'll happen unless …". */
    private static final Pattern WHAT_IF = Pattern.compile(
            "^(?:so\\s+|and\\s+)?what(?:'ll|\\s+will|\\s+would|\\s+could|\\s+is going to)?\\s+(?:happens|happen)\\b.*\\b(?:if|unless|when|should)\\b"
                    // "if the truce lapses what happens to us tariffs": the condition first
                    + "|^(?:so\\s+|and\\s+)?(?:if|unless|should)\\b.+\\bwhat(?:'ll|\\s+will|\\s+would)?\\s+(?:happens|happen)\\b");


    /** Which end of a change the question asks for: "cut to" the new, "before" the old, "from what to what" both. */
    public enum Direction { ANY, FROM, TO, CHANGE, BOTH }

    /**
     * Up to two words that qualify the noun after "which"/"what" ("which chinese body", "what
     * US-listed company"): any word but one that starts a clause or a phrase of its own.
     */
    private static final String NOT_MODIFIERS = "is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|to|of|in|on"
            + "|for|by|with|at|from|about|the|a|an|he|she|they|it|we|you|i|and|or|not";
    private static final String MODIFIERS = "(?:(?!(?:" + NOT_MODIFIERS + ")\\b)[a-z'-]+\\s+){0,2}?";
    private static final Pattern YES_NO = Pattern.compile(
            "^(?:so |and |but |ok |okay )?(?:is|are|was|were|did|does|do|has|have|had|can|could|will|would|should|shall|isn't|aren't|wasn't|didn't|doesn't|hasn't|haven't)\\b");
    /** The nouns that name a person by what they do: "spokesman", "official", "economist". */
    private static final String PERSON_NOUNS = "(?:spokes(?:wo)?man|spokesperson|minister|secretary|official|negotiator|envoy"
            + "|ambassador|analyst|economist|strategist|chief|head|leader|president|premier|chairman|chairwoman|ceo|executive|representative)s?\\b";
    /** Three words may describe the firm or group asked for after "which" ("which us rare earth company", "which us steel lobby group"): none a verb, a figure's noun or a word of a condition. */
    private static final Pattern WHICH_FIRM = Pattern.compile("\\bwhich (?:(?!(?:" + NOT_MODIFIERS + "|if|when|happens?|happened|tariffs?|rates?|duty|duties|quotas?"
            + "|deal|pay|pays|face|faces|hit|hits)\\b)[a-z'-]+\\s+){3}(?:company|companies|firm|firms|producer|producers|maker|makers|group|groups|association)\\b");
    private static final Pattern ORG = Pattern.compile(
            "\\b(?:which|what) " + MODIFIERS + "(?:agency|agencies|outlet|network|tv network|newspaper|paper|channel|broadcaster|company|companies"
                    + "|organi[sz]ation|organi[sz]ations|firm|firms|group|groups|bank|banks|platform|institution|body|association|social media"
                    + "|website|media|ministry|ministries|department|agency|regulator|carmaker|carmakers|automaker|automakers|chipmaker"
                    + "|chipmakers|exchange|index|newspaper|think[- ]?tanks?|institute|university)\\b(?!\\s+" + PERSON_NOUNS + "(?!\\s+(?:the|a|an)\\b))"); // not "which commerce department official" ("which ministry heads the talks" is)
    /** The nouns that ask for a venue, a city and a country by name ("which hotel", "what towns", "which nations"). */
    private static final String VENUE_NOUNS = "building|venue|hotel|villa|palace|house|residence|headquarters|resort|mansion|site|estate|room|hall";
    private static final String TOWN_NOUNS = "city|cities|town|towns";
    private static final String CITY_NOUNS = TOWN_NOUNS + "|capital|capitals";
    private static final String COUNTRY_NOUNS = "country|countries|nation|nations";
    private static final Pattern VENUE = Pattern.compile(
            "\\b(?:which|what|name of the) " + MODIFIERS + "(?:" + VENUE_NOUNS + ")\\b"
                    + "|\\bwhere exactly\\b|\\b(?:building|venue|villa)\\b");
    /** "Which towns", "what city": a city, asked without "where" ("what capital investment" is none). */
    private static final Pattern TOWN = Pattern.compile("\\b(?:which|what|in what) " + MODIFIERS + "(?:" + TOWN_NOUNS + ")\\b");
    private static final Pattern CITY = Pattern.compile("\\b(?:which|what|in what) " + MODIFIERS + "(?:" + CITY_NOUNS + ")\\b");
    private static final Pattern COUNTRY = Pattern.compile("\\b(?:which|what|in what) " + MODIFIERS + "(?:" + COUNTRY_NOUNS + ")\\b");
    /**
     * "Which district of manila", "what neighbourhood", "what part of bangkok": a part of a city, by
     * name ("what part of the deal" is none: after "part of" or "area of" a city must follow).
     */
    private static final Pattern DISTRICT = Pattern.compile("\\b(?:which|what|in what)\\s+" + MODIFIERS
            + "(?:" + talkbot.lexicon.WorldPlaces.DISTRICT_NOUNS + ")s?\\b(?!\\s+(?:officials?|council|court|office|chief|head|leader|governor|mayor)\\b)");
    private static final Pattern PART_OF = Pattern.compile("\\b(?:which|what) (?:part|area|section) of (?:the city of )?([a-z]+(?: [a-z]+)?)\\b");
    private static final Pattern DURATION = Pattern.compile("\\bhow (?:long|quickly)\\b|\\bfor how (?:many|much)\\b|\\bhow many (?:days|weeks|months|years|hours|minutes)\\b|\\bduration\\b");
    private static final Pattern PERCENT = Pattern.compile(
            "\\b(?:percent|per cent|pct|percentage|rate|proportion|fraction)\\b|(?<![\\d.]|[\\d.]\\s)%|\\b(?:what|which|the) share of\\b"); // "what %", not "the 10% tariff"
    private static final Pattern COUNT_UNIT = Pattern.compile(
            "\\bhow many (?:(?:more|other|additional|extra|new|different|separate|individual|[a-z]+(?:an|ese|ish|ian|i))\\s+){0,2}([a-z]+)|\\bin (percent|points|dollars|euros|yuan|pounds|tonnes|tons|barrels|days|weeks|months|years|hours)\\b"
                    + "|\\bnumber of ([a-z]+)");
    private static final Pattern TO_END = Pattern.compile(
            "\\b(?:to|down to|up to|into|now|new|after|become|becomes|end up|currently|remaining|lowered to|reduced to|cut to|settle|would be|will be|go back)\\b[^?]*\\??$");
    private static final Pattern FROM_END = Pattern.compile(
            "\\b(?:before|previous|previously|prior|originally|had been|had reached|used to|was it|were they|at first|initially|started at|starting|peak|pre)\\b");
    private static final String RATE_WORDS = "tariffs?|levy|levies|duty|duties|rates?";
    /** "from what to what", "cut it to what, and from what": both ends of a change. */
    private static final Pattern FROM_WHAT_TO_WHAT = Pattern.compile("\\bfrom what\\b.*\\bto what\\b|\\bto what\\b.*\\bfrom what\\b|\\bwhat to what\\b");
    private static final Pattern BOTH_ENDS = Pattern.compile(
            "\\bfrom what\\b.*\\bto what\\b|\\bto what\\b.*\\bfrom what\\b|\\bto\\b[^?]{0,40}? and from what\\b(?!\\s+(?:date|dates|day|days|time|point|year|month|week)\\b)|\\bfrom what to\\b|\\bwhat to what\\b|\\bold and new\\b|\\bbefore and after\\b"
                    // "h1b fee now vs before", "the new rate compared to before" (not "relations now versus then": a figure's noun is said)
                    + "|^(?=.*\\b(?:" + RATE_WORDS + "|fees?|prices?|quotas?|charges?)\\b).*\\b(?:now|new|current)\\b[^?]{0,30}?\\s(?:vs\\.?|versus|compared (?:to|with))\\s+(?:before|then|previously)\\b"
                    + "|\\b(?:new|now|current|currently)\\b.*\\band\\b.*\\b(?:before|previously|originally|prior)\\s*\\??$" // "the new rate, and what was it before"
                    + "|^what happened to (?:the |its |their )?(?:(?!(?:on|of|for|about|over|in|with)\\b)[\\w'-]+ ){0,3}?(?:tariffs?|levy|levies|duty|duties|rates?)(?: on [\\w' -]+)?\\s*\\??$"); // "what happened to the soybean tariff": its change
    /** "the levy before trump cut it (after meeting xi)": what it was before the change, whatever else follows. */
    private static final Pattern BEFORE_CHANGE = Pattern.compile(
            "\\bbefore\\s+(?:\\w+\\s+){0,3}(?:cut|cuts|lower|lowered|lowers|reduce|reduced|reduces|raise|raised|raises|hike|hiked|hikes|increase|increased|increases"
                    + "|halve|halved|halves|slash|slashed|slashes|change|changed|changes|lift|lifted|lifts|double|doubled|doubles)\\b"
                    + "|\\bbefore\\s+(?:this|the|that|their|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:deal|agreement|talks|round|meeting|truce|pact|accord|summit)\\b");
    private static final Pattern FIGURE_HEAD = Pattern.compile(
            "\\b(?:what|whats|what's|which)\\b(?:\\s+(?:is|was|are|were|'s|will|would|did|does|do|has|had|could|should))?(?:\\s+the)?(?:\\s+(?!(?:will|would|have|has|had|did|does|do|is|are|was|were|can|could|should|get|got|be)\\b)[\\w'.-]+){0,4}?\\s+(?:rate|rates|tariff|tariffs|levy|levies|fee|fees|surcharge|surcharges"
                    + "|duty|duties|figure|level|percentage|share|amount|price|cost|value|total|deficit|surplus|stake|threshold|target|quota|cap)\\b(?!\\s+(?:made up|about|mean|cover))"
                    + "|\\b(?:rate|tariff|tariffs|levy|duty|figure|level|percentage|deficit|surplus)\\s*\\??$");
    /** A question that asks for a date by the noun: "start date", "the dates of the summit", "what's the deadline". */
    private static final Pattern DATE_NOUN = Pattern.compile(
            "\\b(?:start|starting|end|ending|expiry|due|effective|closing|opening|new|exact|target|signing)\\s+(?:date|dates|deadline)\\b"
                    + "|^(?:so\\s+)?(?:what|whats|what's|which)\\b(?:\\s+(?:is|was|are|were|'s))?(?:\\s+the)?\\s+(?:date|dates|deadline)\\b"
                    + "|^(?!(?:how|why|who|where|when|did|does|do|is|are|was|were|will|can|could|has|have|had)\\b)[^?]*?(?<!\\bto )\\b(?:date|dates|deadline)\\s+(?:of|for)\\b"
                    + "|^(?:(?:the|new|next|final)\\s+)?deadline\\s+(?:to|for)\\b"
                    + "|^(?!(?:how|why|who|where|when|what|whats|which|did|does|do|is|are|was|were|will|can|could|has|have|had)\\b)(?:[\\w'-]+\\s+){1,3}deadline\\s*\\??$");
    /** "What is it worth", "how much is it worth": money. */
    private static final Pattern WORTH = Pattern.compile("\\bworth\\s*\\??$|\\bworth (?:according|in|to|now)\\b");
    private static final Pattern QUOTA = Pattern.compile("\\bquotas?\\b");
    /** A charge that may be a sum per unit rather than a rate: "the port fee". */
    private static final Pattern FEE = Pattern.compile("\\bfees?\\b");
    /** The nouns of a rate charged on goods; {@link #RATE_NOUN} adds the charges that may be one too. */
    private static final Pattern RATE_NOT_FEE = Pattern.compile("\\b(?:" + RATE_WORDS + ")\\b");
    private static final Pattern RATE_NOUN = Pattern.compile("\\b(?:" + RATE_WORDS + "|fees?|surcharges?)\\b(?![\\s-]+(?:rate\\s+)?quotas?\\b)"
            + "(?!.*\\b(?:worth|billion|million|dollars|euros|money|revenue|value|how many|free))");
    private static final Pattern WHAT_IS_NAME = Pattern.compile("^(?:what|whats|what's)(?:\\s+(?:is|was|are|'s))?(?:\\s+the)?\\s+[\\w'’-]+(?:\\s+[\\w'’-]+)?\\s*\\??$");
    /** A terse question whose head is an amount: "new steel quota for mexico?", "us goods trade deficit with japan in 2027?". */
    private static final Pattern AMOUNT_HEAD = Pattern.compile(
            "^(?:(?:the|new|old|current|revised|previous|original|annual|latest|final)\\s+){0,2}(?:[\\w'-]+\\s+){0,3}?(?:quota|quotas|cap|caps|ceiling|threshold|price|deficit|surplus|pledge|total|package|budget)\\b");
    /** A question typed as the amount it asks for, without a question word: "total value of the pledge?", "size of the quota". */
    private static final Pattern AMOUNT_OPENING = Pattern.compile(
            "^(?:the\\s+)?(?:total\\s+|overall\\s+|combined\\s+)?(?:value|amount|size|number|cost|price|worth|volume)\\s+of\\b");
    /**
     * "What cut did india offer on motorbikes": a change asked by its noun, in the singular, is
     * answered by a figure ("what cuts did the us make to aid" asks for a list).
     */
    private static final Pattern CHANGE_NOUN_ASKED = Pattern.compile(
            "^(?:(?:and|so|but|ok)\\s+)?(?:what|which)\\s+(?:cut|reduction|increase|hike|rise|discount)"
                    + "\\s+(?:did|does|do|will|would|has|have|had|is|was|are|were|could|can)\\b");
    /** A question that ends asking for an end of a change: "… cut the tariff to what?", "… from what?". */
    private static final Pattern ENDS_TO_WHAT = Pattern.compile("\\b(?:to|from|by) what\\s*\\??$"
            + "|\\bwhat (?:does|do|did|will|would) (?:it|they|that|this) (?:drop|fall|go down|go up|rise|climb|come down|get cut|get lowered) to\\s*\\??$");
    private static final Pattern WH_WORD = Pattern.compile("\\b(?:what|whats|what's|which|who|whom|whose|when|where|why|how|did|does|do|is|are|was|were|will|can)\\b");
    /** How a market or a price moved: answered by a percentage or points. */
    private static final Pattern MARKET_MOVE = Pattern.compile(MarketWords.moveAsked());
    /**
     * Words that qualify the thing measured without being it: "how much (US) soybeans", "tonnes of
     * extra wheat", "tons of mexican steel" — a country's adjective from the world places list.
     */
    private static final String QUALIFIERS = "us|extra|additional|more|new|" + WorldPlaces.get().countries().stream()
            .flatMap(c -> c.adjectives().stream()).map(a -> Pattern.quote(a.toLowerCase(java.util.Locale.ROOT)))
            .collect(java.util.stream.Collectors.joining("|"));
    /** "how much (US) soybeans", "how much in additional duties": the thing a quantity is asked of, right after "how much". */
    private static final Pattern HOW_MUCH_OF = Pattern.compile(
            "\\bhow much (?:in\\s+(?=(?:(?:" + QUALIFIERS + ")\\s+){0,2}(?:tariffs?|levy|levies|duty|duties|rates?|tax|taxes)\\b))?"
                    + "(?:(?:" + QUALIFIERS + ")\\s+){0,2}([a-z]+)");
    /** "how many tonnes of wheat", "how many million barrels of us oil": what a count of some unit measures. */
    private static final Pattern HOW_MANY_UNITS_OF = Pattern.compile(
            "\\bhow many (?:(?:million|billion|thousand|metric)\\s+){0,2}(?:tonnes|tons|barrels|bushels|kilograms|kilos|pounds|cargoes|containers)"
                    + " of (?:(?:u\\.s\\.|" + QUALIFIERS + ")\\s+){0,2}([a-z]+)");
    /** "how much extra levy": a rate, in percent. */
    private static final Pattern RATE_WORD = Pattern.compile("tariffs?|levy|levies|duty|duties|rates?|tax|taxes");
    /** Money lent or granted: "how much financing" is dollars of it, not a mass of "financing". */
    private static final String LENT_MONEY = "financing|funding|funds?|loans?|credit|aid|subsid(?:y|ies)|grants?";
    /** Words after "how much" that are not a thing measured, or are money or a rate. */
    private static final Pattern NOT_A_MASS = Pattern.compile(
            "did|does|do|is|was|were|will|would|has|have|had|can|could|should|more|less|of|in|the|a|an|and|or|money|cash|is|are|has"
                    + "|higher|lower|bigger|smaller|further|extra|additional|tariffs?|levy|levies|duty|duties|rate|rates|taxe?s?"
                    + "|goods|exports?|imports?|trade|worth|invest|investments?|spend|spending|purchases?|deficit|surplus|produce"
                    + "|products|energy|equipment|cost|costs|revenue|sales|value|time|longer|damage"
                    + "|per|each|every|year|years|yr|yrs|month|months|week|weeks|day|days|quarter" // "how much a year": a rate, not a mass of years
                    + "|" + LENT_MONEY);
    /** "what was beijing charging on soybeans", "what does china charge us ships": what a party levies is a figure. */
    private static final Pattern CHARGING = Pattern.compile("^(?:(?:and|so|but|ok)\\s+)?what\\s+(?:is|was|are|were|does|did|do|will|would)\\s+"
            + "(?:[a-z.'-]+\\s+){0,2}(?!(?:the|a|an|any|its|their)\\s)[a-z.'-]+\\s+(?:charge|charges|charging|levy|levies|levying)\\s+(?!against\\b)\\w");
    /** "how much money", "how much $ of corn", "worth in usd": the sum is asked in money, whatever it is of. */
    private static final Pattern MONEY_ASKED = Pattern.compile("\\bhow much (?:money|cash|in dollars|in euros)"
            + "|\\bhow (?:much|many) (?:\\$|usd\\b|dollars\\b)|\\bin (?:usd|us dollars|\\$)(?!\\w)"
            + "|\\bhow much in (?:[\\w.-]+\\s+){0,2}?(?:sales|revenue|revenues|exports|imports|trade|business|orders|income|earnings)\\b"
            // "the dollar value of …", "in $ terms" (not the currency's own value: "the dollar value against the yen")
            + "|(?:\\bdollar|\\busd|\\$)\\s*(?:value|amount|terms|figure|worth)\\b(?!.*\\b(?:against|versus|vs|exchange)\\b)");
    /**
     * A share of a whole, asked by its noun or as "how much of" a thing someone has ("how much of
     * india's oil imports"), not of a figure ("how much of the $50 billion").
     */
    private static final Pattern SHARE_ASKED = Pattern.compile("\\b(?:what|which) (?:share|proportion|fraction|percentage) of\\b"
            + "|\\bhow much of (?:(?:the|its|their|his|her|our|your)\\s+|[a-z]+'s\\s+)(?![$\\d])");
    private static final Pattern MONEY_CUE = Pattern.compile(
            "\\bhow much\\b.*\\b(?:goods|exports?|imports?|trade|worth|invest|investment|investments|spend|spending|buy|buying|purchases?"
                    + "|deficit|surplus|produce|products|energy|equipment|cost|costs|costing|revenue|sales|value|save|saves|saving|savings"
                    + "|(?:bring|brings|brought|bringing) in" // "how much does the tax bring in"
                    + "|" + LENT_MONEY + ")\\b"
                    + "|\\b(?:deficit|surplus|worth|investment|spending)\\b|^(?:the )?value of\\b");
    /** "Where does she work" (not "where did they work out the deal", "the joint working group"). */
    private static final String WHERE_WORKS = "where\\s+(?:does|do|did|is|was)\\s+(?:the\\s+)?\\w+(?:\\s+\\w+)?\\s+(?:work|works|working|employed)"
            + "\\b(?!\\s+(?:out|group|groups|party|level)\\b)";
    private static final Pattern WORKS_AT = Pattern.compile("^" + WHERE_WORKS);
    /** Whether the question asks whom someone works for: "where does she work", "which bank does the economist work for". */
    static boolean asksEmployer(String folded) {
        // also as the second thing asked: "who is the analyst quoted and where does she work"
        return WORKS_FOR.matcher(folded).find() || WORKS_WHERE.matcher(folded).find();
    }

    private static final Pattern WORKS_WHERE = Pattern.compile("\\b" + WHERE_WORKS);
    private static final Pattern WORKS_FOR = Pattern.compile("^(?:who|which \\w+)\\b.*\\b(?:work|works|working)\\s+(?:for|at)\\b"
            + "|^who(?:\\s+(?:is|was)|'s|s)\\s+(?!(?:he|she|they|the|it|that|this)\\b)[\\w'.-]+(?:\\s+(?![\\w'-]+ing\\b)[\\w'.-]+){0,2}\\s+(?:with|from)\\s*\\??$"); // "who is priya natarajan with", not "who is trump meeting with"
    private static final Pattern CHANGE = Pattern.compile("\\b(?:drop|dropped|fall|fell|rise|rose|increase|increased|decline|declined|grow|grew"
            + "|jump|jumped|climb|climbed|slump|slumped|gain|gained|lose|lost|shrink|shrank|slide|slid|plunge|plunged|soar|soared|by how much)\\b");
    private static final Pattern CALLED = Pattern.compile("\\b(?:called|named|known as|dubbed|branded|nicknamed|the name of)\\b\\s*\\??$|\\bwhat(?:'s| is| was)? the name\\b|\\bname\\s*\\??$");
    /** A figure the question itself says ("is the 25% tariff …"), not a year ("deficit in 2027") nor the digits of a code ("h1b fee"). */
    private static final Pattern HAS_FIGURE = Pattern.compile("(?<![\\d\\p{L}])(?!(?:19|20)\\d\\d(?!\\d))\\d");
    /** What a question written as a noun phrase may end on to ask for a person ("us lead negotiator?"); not "official", an adjective as often. */
    private static final String TERSE_PERSON = "(?:negotiator|envoy|minister|secretary|spokes(?:wo)?man|spokesperson|ambassador|analyst"
            + "|economist|representative|chief|head)s?";
    /**
     * A question written as a noun phrase of a few words, no verb asking, that ends on the kind of
     * thing it asks for: "next round city?", "host country?", "next meeting date?", "us lead
     * negotiator?" — not "tariffs on the president" (its head noun comes before the preposition), nor
     * a phrase with a verb in it ("bessent still treasury secretary?", "he resigned as …").
     */
    private static final Pattern TERSE_KIND = Pattern.compile("^(?!(?:could|would|has|have|had|should)\\b)"
            + "(?:(?!(?:on|of|for|about|with|by|in|at|to|from|against|over|and|or|per|each|a|as|than|into|like|still|now|meets?|met"
            + "|\\w+ed)\\b)[\\w'.&-]+\\s+){1,5}(city|town|country|date|dates|" + TERSE_PERSON + ")\\s*\\??$");
    private static final Pattern HOW_OFTEN = Pattern.compile("\\bhow (?:often|frequently)\\b|\\bhow many times (?:a|per|each) (?:day|week|month|year)\\b");
    private static final Pattern PERSON_NOUN = Pattern.compile("\\b" + PERSON_NOUNS);
    private static final Pattern PERSON_HINT = Pattern.compile("\\b(?:whose|who)\\b");

    static QuestionShape of(Intent intent, String folded, boolean namesSomething) {
        String head = (intent == Intent.WHERE || intent == Intent.WHAT) && asksDistrict(folded)
                ? "district" // "what part of bangkok was the meeting in": the district, named
                : thing(folded); // the noun the question opens with, read once for the checks below
        boolean otherThing = asksOtherThing(folded, head);
        Matcher and = AND_ALSO.matcher(folded); // a second question joined by "and", read once
        boolean joined = and.find();
        String firstAsked = joined ? folded.substring(0, and.start()) : folded; // "which economist commented" of "… and what think tank …"
        boolean secondFigure = joined && SECOND_FIGURE.matcher(folded.substring(and.start(1))).lookingAt(); // "… and to what total"
        AnswerType type = switch (intent) {
            case SAY -> AnswerType.QUOTE;
            case ROLE -> AnswerType.TITLE;
            case WHO -> ORG.matcher(firstAsked).find() || WORKS_FOR.matcher(folded).find() ? AnswerType.ORG : AnswerType.PERSON;
            case WHERE -> WORKS_AT.matcher(folded).find() ? AnswerType.ORG // "where does she work": her employer
                    : otherThing ? AnswerType.CLAUSE // "what island was the venue on": an island, named below
                    : VENUE.matcher(folded).find() || inCity(folded) ? AnswerType.VENUE
                    : CITY.matcher(folded).find() ? AnswerType.CITY
                    : COUNTRY.matcher(folded).find() ? AnswerType.COUNTRY : AnswerType.PLACE;
            case WHEN -> AnswerType.DATE;
            case HOW_MUCH -> DURATION.matcher(folded).find() ? AnswerType.DURATION : AnswerType.FIGURE;
            case WHY -> AnswerType.REASON;
            default -> YES_NO.matcher(folded).find() ? AnswerType.YESNO
                    : ORG.matcher(folded).find() || WHICH_FIRM.matcher(folded).find() ? AnswerType.ORG
                    : otherThing ? AnswerType.CLAUSE // "what island was the venue on": an island, named below
                    : VENUE.matcher(folded).find() && !PERSON_HINT.matcher(folded).find() ? AnswerType.VENUE
                    : TOWN.matcher(folded).find() && !PERSON_HINT.matcher(folded).find() ? AnswerType.CITY
                    : COUNTRY.matcher(folded).find() ? AnswerType.COUNTRY : AnswerType.CLAUSE;
        };
        if (ROUND_NUMBER.matcher(folded).find()) {
            type = AnswerType.ORDINAL; // "which round was the istanbul meeting, like 2nd 3rd?": the third
        }
        if (HOW_OFTEN.matcher(folded).find()) {
            type = AnswerType.FREQUENCY; // "how often will the working group meet": monthly
        }
        if (type == AnswerType.CLAUSE && CHARGING.matcher(folded).find() && !HAS_FIGURE.matcher(folded).find()) {
            type = AnswerType.FIGURE; // "what was beijing charging on american soybeans": the rate it levied
        }
        boolean questionWord = WH_WORD.matcher(folded).find();
        if (type == AnswerType.CLAUSE && !questionWord && RATE_NOUN.matcher(folded).find() && !HAS_FIGURE.matcher(folded).find()) {
            type = AnswerType.FIGURE; // "japan deal car tariff before the agreement"
        }
        if (type == AnswerType.CLAUSE && !questionWord && (AMOUNT_OPENING.matcher(folded).find()
                || AMOUNT_HEAD.matcher(folded).find() && !HAS_FIGURE.matcher(folded).find())) {
            type = AnswerType.FIGURE; // "total value of the farm purchase pledge?"
        }
        if (type == AnswerType.CLAUSE && CHANGE_NOUN_ASKED.matcher(folded).find()) {
            type = AnswerType.FIGURE; // "what cut did india offer on motorbikes": "to between twenty and twenty-five percent"
        }
        if (type == AnswerType.CLAUSE && RATE_NOUN.matcher(folded).find() && ENDS_TO_WHAT.matcher(folded).find()) {
            type = AnswerType.FIGURE; // "china cutting sorghum tariff to what?"
        }
        // of "next round date and place?", the first thing asked: "next round date"
        Matcher terse = type == AnswerType.CLAUSE && !questionWord ? TERSE_KIND.matcher(firstAsked.strip()) : null;
        if (terse != null && terse.find()) {
            // "next round city?", "host country?", "next meeting date?", "us lead negotiator?": the last noun is the kind asked
            String kind = terse.group(1);
            type = kind.equals("city") || kind.equals("town") ? AnswerType.CITY : kind.equals("country") ? AnswerType.COUNTRY
                    : kind.startsWith("date") ? AnswerType.DATE : AnswerType.PERSON;
        }
        if (type == AnswerType.CLAUSE && CALLED.matcher(folded).find()) {
            // "what was the april tariff push called?"; "the name of the ministry's spokeswoman" is a person's
            type = PERSON_NOUN.matcher(folded).find() ? AnswerType.PERSON : AnswerType.NAME;
        }
        if (type == AnswerType.CLAUSE && namesSomething && WHAT_IS_NAME.matcher(folded).matches()) {
            type = AnswerType.TITLE; // "what is rosenbad?": what the articles call it
        }
        if (type == AnswerType.CLAUSE && DATE_NOUN.matcher(folded).find()) {
            type = AnswerType.DATE; // "rare earth licence rule start date", "what are the dates of the apec summit"
        }
        if (type == AnswerType.CLAUSE && WORTH.matcher(folded).find()) {
            type = AnswerType.FIGURE; // "what is the boeing order worth"
        }
        if (type == AnswerType.CLAUSE && FIGURE_HEAD.matcher(folded).find() && !HAS_FIGURE.matcher(folded).find()) {
            type = AnswerType.FIGURE; // "what is the US tariff on Chinese goods now", "eu deal tariff rate"
        }
        boolean bothEnds = BOTH_ENDS.matcher(folded).find();
        boolean yesNoFromWhatToWhat = type == AnswerType.YESNO && FROM_WHAT_TO_WHAT.matcher(folded).find(); // "did they lower it? from what to what"
        if ((type == AnswerType.CLAUSE || yesNoFromWhatToWhat || type == AnswerType.REASON && !WHY_WORD.matcher(folded).find()) && bothEnds) {
            type = AnswerType.FIGURE; // "india tariffs went from what to what?", "china wants it cut from what to what"
        }
        String thing = null;
        if (type == AnswerType.CLAUSE) {
            thing = head;
            if (thing != null) {
                type = AnswerType.NAME; // "which nvidia processor did trump say he might allow": Blackwell
            }
        }
        if (type == AnswerType.PERSON && YES_NO.matcher(folded).find() && !folded.startsWith("who")) {
            type = AnswerType.YESNO;
        }
        Matcher howMuch = HOW_MUCH_OF.matcher(folded);
        String howMuchOf = howMuch.find() ? howMuch.group(1) : null;
        Matcher unitsOf = HOW_MANY_UNITS_OF.matcher(folded);
        if (howMuchOf == null && unitsOf.find()) {
            howMuchOf = unitsOf.group(1); // "how many tonnes of wheat": wheat
        }
        String measured = howMuchOf != null && !NOT_A_MASS.matcher(howMuchOf).matches() ? howMuchOf : null;
        String unit = null;
        Direction direction = Direction.ANY;
        if (type == AnswerType.FIGURE || type == AnswerType.DURATION || type == AnswerType.CLAUSE || type == AnswerType.YESNO) {
            unit = unit(folded, type, measured, howMuchOf);
            // "how far did exports drop, and to what total": the second asks the "to"
            String ends = secondFigure ? firstAsked : folded;
            boolean from = FROM_END.matcher(ends).find();
            // "what happens to us tariffs if the truce lapses": where a figure ends up is the consequence ("would rise to 35%")
            boolean to = (TO_END.matcher(ends).find() || type == AnswerType.FIGURE && WHAT_IF.matcher(folded).find())
                    && !BEFORE_CHANGE.matcher(ends).find();
            direction = bothEnds ? Direction.BOTH : from && !to ? Direction.FROM : to && !from ? Direction.TO
                    : !from && !to && CHANGE.matcher(folded).find() ? Direction.CHANGE : Direction.ANY;
        }
        return new QuestionShape(type, unit, direction, thing != null ? thing : typeWord(folded), measured, joined ? also(intent, type, folded.substring(and.start(1)), secondFigure) : null,
                WHY_WORD.matcher(folded).find(), WHAT_IF.matcher(folded).find(), DESCRIPTION_ASKED.matcher(folded).find());
    }

    /** "Where in vienna were the talks held": a place within the city, its venue. */
    private static final Pattern WHERE_IN = Pattern.compile(
            "\\bwhere\\s+(?:exactly\\s+)?in\\s+([a-z][a-z .'-]*?)\\s+(?:was|were|is|are|did|do|does|will|had|has)\\b");

    /** "where were the warsaw talks held": the round is named by its city, so what is asked is where in it. */
    private static final Pattern CITY_ROUND = Pattern.compile(
            "\\bwhere\\s+(?:was|were|is|are)\\s+the\\s+([a-z][a-z .'-]*?)\\s+(?:talks|round|meeting|meetings|negotiations)\\s+(?:held|taking place|hosted)\\b");
    /** "us-china" before the city of "where were the us-china warsaw talks held". */
    private static final Pattern US_PREFIX = Pattern.compile("^(?:us|u\\.s\\.)[- ]");
    /** Words that turn "where were the X talks held" to another round than X's. */
    private static final Pattern OTHER_ROUND = Pattern.compile("\\b(?:next|previous|earlier|prior|before|after|last|first|following)\\b");

    private static boolean inCity(String folded) {
        Matcher m = WHERE_IN.matcher(folded);
        if (m.find() && WorldPlaces.get().isCity(m.group(1))) {
            return true;
        }
        Matcher round = CITY_ROUND.matcher(folded);
        return round.find() && !OTHER_ROUND.matcher(folded).find() && WorldPlaces.get().isCity(US_PREFIX.matcher(round.group(1)).replaceFirst(""));
    }

    private static boolean asksDistrict(String folded) {
        if (DISTRICT.matcher(folded).find()) {
            return true;
        }
        Matcher partOf = PART_OF.matcher(folded);
        if (!partOf.find()) {
            return false;
        }
        String place = partOf.group(1);
        talkbot.lexicon.WorldPlaces world = talkbot.lexicon.WorldPlaces.get();
        return world.isCity(place) || world.isCity(place.split(" ")[0]); // "what part of bangkok was …": "bangkok was" is read word by word
    }

    /** "to what" asking for a figure: "… and to what total", "… and from what?" — not "and from what countries". */
    private static final String FIGURE_NOUN = "(?:\\s+(?:total|level|rate|figure|amount|number|value|price|size|sum|percentage))?\\s*[?.!]*$";
    /** "… and what's it rising to": a figure a change reaches; not "what did they agree to". */
    private static final String CHANGED_TO = "(?:\\s+(?:is|was|will|did|does))?\\s+(?:it|they)\\s+(?:be\\s+)?(?:rising|rise|risen|going|climbing|climb"
            + "|increasing|increase|falling|fall|dropping|drop|moving|move|set|due|scheduled|expected)\\s+(?:to\\s+(?:rise\\s+|fall\\s+|go\\s+)?)?(?:to|from)\\b";

    /** Nouns that ask when: "… and what date", "where and which month". */
    private static final String TIME_NOUNS = "(?:date|dates|day|days|month|months|year|years|time)(?![\\w-])";
    /** Nouns that ask where: "… and which city", "next round date and place?". */
    private static final String PLACE_NOUNS = "(?:city|cities|town|towns|venue|venues|place|places|location|locations|country|countries)(?![\\w-])";
    private static final Pattern ASKS_TIME = Pattern.compile("^(?:(?:what|which)\\s+)?" + TIME_NOUNS);
    private static final Pattern ASKS_PLACE = Pattern.compile("^(?:(?:what|which)\\s+)?" + PLACE_NOUNS);

    /**
     * "Where and when", "when and where", "… and where was the last one", "… and by when", "which
     * economist … and what think tank is she with": a second question joined by "and".
     */
    private static final Pattern AND_ALSO = Pattern.compile("\\band\\s+(?:(?:by|from|since|until|till)\\s+)?(when|where|who"
            + "|how (?:much|many|big|high|large|far)\\b|(?:to|from) what(?=" + FIGURE_NOUN + ")" // "… and to what total"
            + "|(?:what|whats|what's)(?=" + CHANGED_TO + ")" // "… and what's it rising to"
            + "|(?:what|which)(?=\\s+(?:think[- ]?tanks?|firm|bank|company|institute|organi[sz]ation|agency|university)\\b)"
            + "|(?:what|whats|what's)(?=(?:\\s+is|\\s+was)?\\s+(?:his|her|their)\\s+(?:title|role|job|position)\\b)"
            + "|(?:what|which)(?=\\s+(?:" + TIME_NOUNS + "|" + PLACE_NOUNS + "))" // "… and what date", "… and which city"
            // "next round date and place?": a bare noun, only after another such noun
            + "|(?<=(?:date|day|days|month|time|place|city|venue|location)\\s(?:and|n|&)\\s)(?:" + TIME_NOUNS + "|" + PLACE_NOUNS + ")(?=\\s*[?.!]*$))");

    /** A second question that asks for another figure of the same thing. */
    private static final Pattern SECOND_FIGURE = Pattern.compile("(?:how (?:much|many|big|high|large|far)\\b|(?:to|from) what" + FIGURE_NOUN
            + "|(?:what|whats|what's)" + CHANGED_TO + ")");

    /** The words that ask for the second thing: "where does she work" of "which analyst reacted … and where does she work". */
    static String alsoAsked(String folded) {
        Matcher m = AND_ALSO.matcher(folded);
        return m.find() ? folded.substring(m.start(1)) : "";
    }

    /** What the second question asks for, by its question word; null when it asks what the first does. */
    private static Intent also(Intent intent, AnswerType type, String asked, boolean secondFigure) {
        if (secondFigure) {
            // "… and how much is the us putting in", "… and to what total", "… and what's it rising to": a second figure
            return type == AnswerType.FIGURE ? Intent.HOW_MUCH : null;
        }
        String questionWord = asked.split("\\s+", 2)[0];
        Intent second = ASKS_TIME.matcher(asked).lookingAt() ? Intent.WHEN : ASKS_PLACE.matcher(asked).lookingAt() ? Intent.WHERE : switch (questionWord) {
            case "when" -> Intent.WHEN;
            case "where" -> Intent.WHERE;
            case "what", "which" -> Intent.WHAT; // "… and what think tank is she with": an organisation
            case "whats", "what's" -> Intent.ROLE; // "… and what's her title"
            default -> Intent.WHO;
        };
        return second == intent || intent == Intent.WHY || intent == Intent.SAY ? null : second;
    }

    /**
     * "Which think tank was the analyst from", "which us shipyard was among …": "which" and a noun
     * ask to pick one named thing of that kind. The noun, when the question asks so — or null when it
     * asks for things a plain phrase names ("which products are hit", "which issues remain").
     */
    private static final Pattern WHICH_THING = Pattern.compile(
            "^(?:(?:so|and|but|ok|okay)\\s+)?(?:which|what)\\s+(?!(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could"
                    + "|should|the|a|an|about|else|kind|sort|type|happens|happened|happen|exactly|if)\\b)" + MODIFIERS
                    + "([a-z-]{3,})(?:'s)?\\s+(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|said|says|[a-z]+ed)\\b");

    /** Nouns whose instances are told by a plain phrase, not a name: "which products", "what reason". */
    private static final Pattern PLAIN_THINGS = Pattern.compile(
            "(?:products?|goods|items?|records?|data|documents?|details?|statistics|issues?|steps?|measures?|reasons?|sectors?|industr(?:y|ies)|terms?|topics?|areas?|parts?|points?"
                    + "|concessions?|commitments?|demands?|changes?|options?|things?|kinds?|types?|crops?|commodit(?:y|ies)|days?|weeks?"
                    + "|months?|years?|times?|deal|deals|agreement|tariffs?|levy|levies|duty|duties|rates?|figures?|amounts?|percent"
                    + "|percentage|share|stakes?|role|job|title|position|body|bodies|mechanism|group|groups|decisions?|moves?|actions?"
                    + "|polic(?:y|ies)|plans?|proposals?|conditions?|questions?|problems?|concerns?|messages?|warnings?|promises?"
                    + "|pledges?|goals?|aims?|targets?|events?|size|value|cost|price|number|level|total|deadlines?|dates?|quotas?"
                    + "|caps?|thresholds?|limits?|deficits?|surplus(?:es)?|stance|response|reaction|view)");

    /** The kinds of place the typed patterns above ask for by name: "which hotel", "what city". */
    private static final Pattern PLACE_KIND = Pattern.compile(VENUE_NOUNS + "|" + CITY_NOUNS + "|" + COUNTRY_NOUNS);

    /**
     * Whether the question opens by asking for a thing of a kind no typed pattern reads ("what
     * island was the venue on"): that noun says what answers, whatever other words follow.
     */
    private static boolean asksOtherThing(String folded, String noun) {
        return noun != null && !PLACE_KIND.matcher(noun).matches()
                && !CITY.matcher(folded).find() && !COUNTRY.matcher(folded).find(); // "which countries' oil": countries
    }

    private static String thing(String folded) {
        Matcher m = WHICH_THING.matcher(folded);
        if (!m.find()) {
            return null;
        }
        String noun = m.group(1);
        return PLAIN_THINGS.matcher(noun).matches() ? null : noun;
    }

    private static final Pattern TYPE_WORD = Pattern.compile(
            "\\b(?:which|what|in what|name of the|what kind of)\\s+" + MODIFIERS + "(think[- ]tanks?|building|venue|hotel|villa|palace|residence|headquarters|resort"
                    + "|mansion|site|estate|room|hall|city|town|capital|country|countries|nation|nations|agency|agencies|outlet"
                    + "|network|newspaper|paper|channel|broadcaster|company|companies|organi[sz]ation|firm|group|bank|platform"
                    + "|institution|body|suburb|district|ward|borough|region|area|neighbourhood|neighborhood|day|date|month|year|time|week"
                    + "|weekday|rate|amount|percentage|level|figure|number|value|total|share|size|person|official|role|job|title"
                    + "|position|product|products|goods|sector|sectors|industry|industries|leader|leaders|officials|minister|ministers"
                    + "|people|executive|executives|negotiator|negotiators|diplomat|diplomats|politician|politicians|spokesperson|spokeswoman|spokesman)\\b");

    /** A word that says only what kind of place answers, wherever it stands: "beijing summit venue". */
    private static final Pattern PLACE_WORD = Pattern.compile("\\b(venue|location|whereabouts)\\b");

    private static String typeWord(String folded) {
        Matcher m = TYPE_WORD.matcher(folded);
        if (m.find()) {
            return m.group(1);
        }
        Matcher place = PLACE_WORD.matcher(folded);
        return place.find() ? place.group(1) : null;
    }

    private static String unit(String folded, AnswerType type, String measured, String howMuchOf) {
        if (type == AnswerType.DURATION) {
            return "time";
        }
        if (MARKET_MOVE.matcher(folded).find()) {
            return "move"; // "how did nike shares do": up 4%, down 878 points
        }
        if (folded.contains("percentage point")) {
            return "points";
        }
        Matcher m = COUNT_UNIT.matcher(folded);
        if (m.find()) {
            String u = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            if (!u.equals("total") && !u.equals("all") && !u.equals("the") && !u.equals("terms") && !u.equals("of")) {
                return talkbot.reading.Units.normal(u);
            }
            if (m.group(1) != null) {
                return "count"; // "how many of the rare earths": a number of things, not a percentage
            }
        }
        if (measured != null) {
            // "how much soybeans": tonnes, bushels or dollars — whatever the article counts it in, unless asked in money
            return MONEY_ASKED.matcher(folded).find() ? "money" : null;
        }
        if (howMuchOf != null && RATE_WORD.matcher(howMuchOf).matches()) {
            return "percent"; // "how much extra levy did the us slap on chinese goods": a rate, whatever goods it is on
        }
        if (SHARE_ASKED.matcher(folded).find()) {
            return "percent"; // "what share of the investment pledge", "how much of india's oil imports": a share, not the sum
        }
        if (MONEY_ASKED.matcher(folded).find() || (MONEY_CUE.matcher(folded).find() && !CHANGE.matcher(folded).find())) {
            return "money";
        }
        if (QUOTA.matcher(folded).find() && !PERCENT.matcher(folded).find() && !RATE_NOUN.matcher(folded).find()) {
            return "count"; // "how big is the aluminium quota": so many tonnes, not the tariff within it
        }
        if (FEE.matcher(folded).find() && !PERCENT.matcher(folded).find() && !RATE_NOT_FEE.matcher(folded).find()) {
            return "money"; // "the port fee": "$60 per net ton", not a rate
        }
        if (PERCENT.matcher(folded).find() || RATE_NOUN.matcher(folded).find()) {
            return "percent"; // "how high was the levy": a tariff is a rate
        }
        return null;
    }
}
