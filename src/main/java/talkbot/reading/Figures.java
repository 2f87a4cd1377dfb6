package talkbot.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import talkbot.time.DateMention;

/**
 * Finds the figures of a text with their units, and which end of a change each is: in "cut its
 * duties from 145% to 30%" 145% is the old value and 30% the new; "up from 10%" is an old value.
 * Numbers inside dates ("9 June", "2025") are not figures.
 */
public final class Figures {
    private static final String NUM = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final String WORD_NUM = "(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
            + "|sixty|hundred)(?: and a half)?|a few|several|a dozen|dozens of|hundreds of|thousands of|half an?|an|a|a couple of)";
    /** A number in digits or in words ("thirty-five", "three hundred thousand"), or a vague amount ("a few", "dozens of"). */
    private static final String WORDS = "(?:" + NumberWords.CARDINAL + "|" + WORD_NUM + ")";
    /** The low end of a range, which the figure's text keeps: "between 20 and 25 percent", "between one and two percent". */
    private static final String RANGE_FROM = "between\\s(?:" + NUM + "|" + NumberWords.CARDINAL + ")(?:\\s?%|\\s(?:percent|per cent))?\\sand\\s";
    /** The low end of a range written with "to", a bare number not after "from": "0.5 to 1 percentage point", "13 to 14 million tonnes". */
    private static final String RANGE_TO = "(?<![\\w.,$€£¥])(?<!from\\s)(?!(?:19|20)\\d\\d\\b)" + NUM + "\\sto\\s(?=\\d)"; // not "for 2025 to 2.8%"
    private static final String QUALIFIER = "(?:(?:(?:up to|about|around|nearly|almost|more than|over|some|roughly|at least|at most|just over"
            + "|just under|less than|fewer than|as much as|as many as|an additional|an extra|additional|extra|a further|further) )?"
            + "(?:" + RANGE_FROM + "|" + RANGE_TO + ")?)";
    private static final String SCALE = "(?:\\s?(?:billion|million|trillion|bn|tn|m|k)\\b)?";
    private static final String CURRENCY = "(?:euros?|dollars?|cents?|yuan|pounds?|yen|won|ringgit|francs?)";
    private static final String CURRENCY_WORDS = "(?:\\s" + CURRENCY + ")?";
    /** A figure's text that ends in a currency's name: "93 billion euros". */
    private static final Pattern ENDS_IN_CURRENCY = Pattern.compile("(?i).*\\s" + CURRENCY + "$");
    private static final String UNIT_NOUN = "(?:percentage points?|points?|days?|weeks?|months?|years?|hours?|minutes?|tonnes?|tons?|barrels?"
            + "|units?|cars?|vehicles?|jobs?|people|workers?|companies|firms|products|items|goods|countries|members?|officials?"
            + "|delegates?|times|fold|rounds?|sessions?|meetings?)";
    /** The smaller unit that completes a span of time: "an hour and 40 minutes", "two years and three months". */
    private static final String AND_SMALLER = "(?:\\sand\\s(?:" + NUM + "|" + WORDS + ")\\s(?:minutes?|hours?|days?|weeks?|months?)\\b)?";
    private static final Pattern FIGURE = Pattern.compile("(?i)" + QUALIFIER + "(?:"
            + "(?<money>[$€£¥]\\s?" + NUM + SCALE + ")"
            + "|(?<pct>(?:" + NUM + "\\s?|" + NumberWords.CARDINAL + "[\\s-])(?:%|percent\\b|per cent\\b))"
            + "|(?<scaled>(?:" + NUM + "\\s?|\\b" + WORDS + "\\s)(?:billion|million|trillion)\\b" + CURRENCY_WORDS
            + "(?<measure>\\s(?:metric\\s)?(?:tonnes?|tons?|barrels?|bushels?|board feet|cubic metres?|square metres?)\\b)?)"
            + "|(?<counted>(?:" + NUM + "(?:\\s(?:and a half))?|\\b" + WORDS + ")(?:-|\\s)" + UNIT_NOUN + "\\b" + AND_SMALLER + ")"
            + "|(?<spelled>" + NumberWords.CARDINAL + "\\s(?!won\\b)" + CURRENCY + "\\b)" // not "two won concessions"
            + "|(?<share>\\b(?:(?:a|one|two|three|four)[\\s-](?:thirds?|quarters?|fifths?)|half)\\b(?!-))"
            + "|(?<zero>(?<=\\b(?:to|at)\\s)zero\\b(?![-\\s]in\\b|-))" // "fall from 10% to zero": a change's end, not "zero in", "zero-tariff"
            + "|(?<bare>\\b" + NUM + "\\b(?!\\s?(?:%|percent|per cent))" + CURRENCY_WORDS + ")"
            + ")");
    private static final Pattern FROM_BEFORE = Pattern.compile("(?i)\\b(?:from|up from|down from|was|previously|versus|compared with)\\s+(?:the\\s+|a\\s+|an\\s+)?$");
    /**
     * A changed figure named as what is changed, before the "to" of its new end: "agreed to halve its 20% levy on cranes to
     * 10%", "will cut the 25% tariff to 15%".
     */
    private static final Pattern CHANGED_BEFORE = Pattern.compile("(?i)\\b(?:halve|halves|halved|halving|cut|cuts|cutting|lower|lowers|lowered"
            + "|lowering|reduce|reduces|reduced|reducing|raise|raises|raised|raising|double|doubles|doubled|doubling|slash|slashes|slashed"
            + "|slashing|trim|trims|trimmed|trimming|lift|lifts|lifted|lifting)\\s+(?:its|their|the|his|her|our|this|that)\\s+(?:existing\\s+|current\\s+)?$");
    /** What parts the figure a verb changes from a "to" of another clause: "cut its 25% tariff on cars, while Japan … to 5%". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;]|\\b(?:while|and|but|whereas)\\b");
    private static final Pattern TO_BEFORE = Pattern.compile("(?i)\\b(?:to|at|reach|reached|reaching|hit|now)\\s+(?:the\\s+|a\\s+|an\\s+)?$");

    /** The word after a scaled number: what it counts, unless it is one of {@link #NOT_COUNTED}. */
    private static final Pattern COUNTED_AFTER = Pattern.compile("\\s+(?:[a-z0-9]+-)*([a-z]{3,})\\b");
    private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of(
            "in", "of", "and", "the", "for", "from", "to", "on", "at", "by", "with", "worth", "a", "an", "or", "over",
            "last", "this", "each", "per", "annually", "yearly", "year", "that", "which", "more", "less", "than", "dollars", "dollar");

    /** A number in words of parties or meetings: "two countries", "three sides". */
    private static final Pattern REFERENCE = Pattern.compile("(?i)(?:two|three|four|five|six|seven|eight|nine|ten)\\s"
            + "(?:countries|companies|firms|members|officials|delegates|rounds|sessions|meetings|people)");
    private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)\\b(?:the|these|those|its|their|our)\\s+$");

    /** What makes a fraction a share: "of" after it ("a third of its crude"; an hour or a century is {@link #NOT_A_SHARE_AFTER}). */
    private static final Pattern SHARE_OF = Pattern.compile("(?i)^\\s+of\\s+");
    /** A fraction of an order, not a share: "the first half of the year", "the third round". */
    private static final Pattern NOT_A_SHARE_BEFORE = Pattern.compile("(?i)\\b(?:first|second|third|fourth|last|next|this|that|the|each|every|per|other|final|latter|former)\\s+$");

    /** A fraction of time or of a measure, not a share of a whole, qualified or not: "nearly half a century", "a quarter of an hour". */
    private static final Pattern NOT_A_SHARE_AFTER = Pattern.compile("(?i)^\\s+(?:of\\s+)?(?:an?\\s+)?(?:century|centuries|hour|hours|point|points|percentage|round|rounds|mile|miles)\\b");
    private static final Pattern BY_BEFORE = Pattern.compile("(?i)\\bby\\s+$");

    private Figures() {}

    /** The figures of {@code text} outside the given dates, in order. */
    public static List<Figure> find(String text, List<DateMention> dates) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            int start = m.group("money") != null ? withCurrencyPrefix(text, m.start()) : m.start();
            if (insideDate(start, m.end(), dates) || insideWord(text, start)) {
                continue;
            }
            String t = text.substring(start, m.end()).strip();
            String unit = unit(m, text);
            if (m.group("zero") != null && !out.isEmpty()) {
                unit = out.get(out.size() - 1).unit(); // "from 10% to zero": the unit of the change it ends
            }
            if (m.group("bare") != null && unit == null && (isOrdinal(text, m.end()) || afterName(text, m.start()) || clockTime(text, m.start(), m.end()))) {
                continue;
            }
            if (m.group("share") != null && !isShare(text, m)) {
                continue; // "a third round", "the first half of the year": no share of anything
            }
            if (m.group("counted") != null && REFERENCE.matcher(t).matches() && DEFINITE_BEFORE.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                continue; // "between the two countries", "the three companies": who is meant, not a count anyone asks for
            }
            out.add(new Figure(start, start + t.length(), t, unit, Figure.Role.NONE));
        }
        return roles(text, out);
    }

    /**
     * Whether a fraction is a share of something: "of" follows it ("about a third of its crude"), or
     * a word of amount comes before it ("roughly a third earmarked for factories", "more than half").
     */
    private static boolean isShare(String text, Matcher m) {
        int start = m.start("share");
        if (BY_BEFORE.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find()) {
            return false; // "raise the quota by almost a quarter": how far it moved, not a share
        }
        if (NOT_A_SHARE_AFTER.matcher(text.substring(m.end())).lookingAt()) {
            return false; // "in nearly half a century", "a third round"
        }
        boolean qualified = start > m.start();
        if (!qualified && NOT_A_SHARE_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
            return false;
        }
        return qualified || SHARE_OF.matcher(text.substring(m.end())).lookingAt();
    }

    private static List<Figure> roles(String text, List<Figure> figures) {
        List<Figure> out = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            String before = text.substring(Math.max(0, f.start() - 24), f.start());
            Figure.Role role = Figure.Role.NONE;
            if (FROM_BEFORE.matcher(before).find()) {
                role = Figure.Role.FROM;
            } else if (TO_BEFORE.matcher(before).find()) {
                boolean afterFrom = i > 0 && out.get(i - 1).role() == Figure.Role.FROM;
                role = afterFrom || before.toLowerCase(Locale.ROOT).matches(".*\\b(?:to|reach|reached|reaching|hit|now)\\s+(?:the\\s+|a\\s+|an\\s+)?$")
                        ? Figure.Role.TO : Figure.Role.NONE;
            }
            out.add(new Figure(f.start(), f.end(), f.text(), f.unit(), role));
        }
        for (int i = 0; i + 1 < out.size(); i++) {
            Figure f = out.get(i);
            Figure next = out.get(i + 1);
            if (f.role() == Figure.Role.NONE && next.role() == Figure.Role.TO && java.util.Objects.equals(f.unit(), next.unit())
                    && !CLAUSE_BREAK.matcher(text.substring(f.end(), next.start())).find()
                    && CHANGED_BEFORE.matcher(text.substring(Math.max(0, f.start() - 40), f.start())).find()) {
                out.set(i, new Figure(f.start(), f.end(), f.text(), f.unit(), Figure.Role.FROM));
            }
        }
        return out;
    }

    private static String unit(Matcher m, String text) {
        if (m.group("money") != null || m.group("spelled") != null) {
            return "money";
        }
        if (m.group("measure") != null) {
            return Units.normal(m.group("measure").strip().replaceFirst("^metric\\s", "")); // "3.45 million tonnes"
        }
        if (m.group("scaled") != null) {
            // "170 million users" counts users; "$33 billion", "93 billion euros", "worth 50 billion" are money
            Matcher noun = COUNTED_AFTER.matcher(text.substring(m.end()));
            boolean currency = ENDS_IN_CURRENCY.matcher(m.group("scaled")).matches();
            return !currency && noun.lookingAt() && !NOT_COUNTED.contains(noun.group(1).toLowerCase(Locale.ROOT))
                    ? Units.normal(noun.group(1)) : "money";
        }
        if (m.group("pct") != null || m.group("share") != null) {
            return "percent"; // "a third" of something is a share, as 33% is
        }
        if (m.group("counted") != null) {
            String c = m.group("counted").toLowerCase(Locale.ROOT);
            String noun = c.replaceFirst("^.*?(?:-|\\s)(?=(?:percentage )?[a-z]+$)", "");
            return Units.normal(noun);
        }
        String bare = m.group("bare");
        if (bare != null && ENDS_IN_CURRENCY.matcher(bare).matches()) {
            return "money";
        }
        return null;
    }

    /** "1:01 p.m.": either number of a time of day. */
    private static boolean clockTime(String text, int start, int end) {
        boolean after = end + 1 < text.length() && text.charAt(end) == ':' && Character.isDigit(text.charAt(end + 1));
        boolean before = start >= 2 && text.charAt(start - 1) == ':' && Character.isDigit(text.charAt(start - 2));
        return after || before;
    }

    private static boolean insideDate(int start, int end, List<DateMention> dates) {
        for (DateMention d : dates) {
            if (start < d.end() && end > d.start()) {
                return true;
            }
        }
        return false;
    }

    /** "G7", "S&P 500", "COVID-19": digits that belong to a name. */
    /** Where a sum in dollars begins with its country's letters: "C$1.3 billion", "US$5 million" (not "ABC$"). */
    private static int withCurrencyPrefix(String text, int dollar) {
        if (text.charAt(dollar) != '$') {
            return dollar;
        }
        for (String prefix : CURRENCY_PREFIXES) {
            int at = dollar - prefix.length();
            if (at >= 0 && text.startsWith(prefix, at) && (at == 0 || !Character.isLetter(text.charAt(at - 1)))) {
                return at;
            }
        }
        return dollar;
    }

    private static final List<String> CURRENCY_PREFIXES = List.of("US", "AU", "NZ", "HK", "C", "A", "S", "R");

    private static boolean insideWord(String text, int start) {
        return start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-');
    }

    /** "S&P 500", "Boeing 737", "Section 301": a number right after a name is part of it. */
    private static boolean afterName(String text, int start) {
        Matcher w = PREVIOUS_WORD.matcher(text.substring(0, start));
        return w.find() && Character.isUpperCase(w.group(1).charAt(0)) && !w.group(1).matches("(?i)in|on|by|of|at|to|from|about|some|over|nearly");
    }

    private static final Pattern PREVIOUS_WORD = Pattern.compile("([\\p{L}&]+) $");

    private static boolean isOrdinal(String text, int end) {
        return end < text.length() && (text.startsWith("st", end) || text.startsWith("nd", end) || text.startsWith("rd", end)
                || text.startsWith("th", end));
    }
}
