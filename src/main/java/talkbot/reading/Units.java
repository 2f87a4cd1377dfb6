package talkbot.reading;

import java.util.Locale;
import java.util.Map;

/** The units figures are counted in, named alike for questions and articles: "per cent" and "%" are "percent". */
public final class Units {
    /** "percentage points": a difference of rates, which answers a question asked in percent or in points. */
    public static final String POINTS_OF_PERCENT = "percentage points";
    private static final Map<String, String> NORMAL = Map.ofEntries(
            Map.entry("%", "percent"), Map.entry("percent", "percent"), Map.entry("per cent", "percent"),
            Map.entry("percentage", "percent"), Map.entry("pc", "percent"),
            Map.entry("percentage point", POINTS_OF_PERCENT), Map.entry("percentage points", POINTS_OF_PERCENT), Map.entry("point", "points"),
            Map.entry("points", "points"),
            Map.entry("$", "money"), Map.entry("€", "money"), Map.entry("£", "money"), Map.entry("¥", "money"),
            Map.entry("dollar", "money"), Map.entry("dollars", "money"), Map.entry("euro", "money"), Map.entry("euros", "money"),
            Map.entry("yuan", "money"), Map.entry("pound", "money"), Map.entry("pounds", "money"), Map.entry("money", "money"),
            Map.entry("billion", "money"), Map.entry("billions", "money"), Map.entry("million", "money"), Map.entry("millions", "money"),
            Map.entry("trillion", "money"), Map.entry("bn", "money"), Map.entry("tn", "money"),
            Map.entry("usd", "money"), Map.entry("eur", "money"), Map.entry("rmb", "money"), Map.entry("cny", "money"),
            Map.entry("day", "time"), Map.entry("days", "time"), Map.entry("week", "time"), Map.entry("weeks", "time"),
            Map.entry("month", "time"), Map.entry("months", "time"), Map.entry("year", "time"), Map.entry("years", "time"),
            Map.entry("hour", "time"), Map.entry("hours", "time"), Map.entry("minute", "time"), Map.entry("minutes", "time"),
            Map.entry("time", "time"), Map.entry("times", "times"), Map.entry("fold", "times"), Map.entry("tonne", "tonne"), Map.entry("tonnes", "tonne"), Map.entry("ton", "tonne"),
            Map.entry("tons", "tonne"), Map.entry("people", "person"), Map.entry("persons", "person"), Map.entry("person", "person"));

    /** Units of weight, volume and length: what is counted in them is said by the unit, not by a noun after a bare number. */
    private static final java.util.Set<String> MEASURES = java.util.Set.of("tonne", "barrel", "kilogram", "kg", "litre", "liter",
            "gallon", "bushel", "ounce", "metre", "meter", "kilometre", "kilometer", "mile", "acre", "hectare");

    /** Words for an amount of money that name no currency: "billion", "money". */
    private static final java.util.Set<String> SCALES = java.util.Set.of("money", "billion", "billions", "million", "millions", "trillion", "bn", "tn");

    private Units() {}

    /** Whether a word names a currency a sum may be asked in: "dollars", "usd", "yuan", "euros" (not "billion"). */
    public static boolean isCurrencyWord(String word) {
        return "money".equals(NORMAL.get(word)) && !SCALES.contains(word) && word.chars().allMatch(Character::isLetter);
    }

    /** Whether the unit is a measure ("tonnes", "barrels"), not a count of things or a rate. */
    public static boolean isMeasure(String unit) {
        return unit != null && MEASURES.contains(unit);
    }

    /** The unit's common name: "%" → "percent", "days" → "time", "cars" → "car". */
    public static String normal(String unit) {
        String u = unit.toLowerCase(Locale.ROOT).strip();
        String n = NORMAL.get(u);
        if (n != null) {
            return n;
        }
        return u.endsWith("s") && u.length() > 3 && !u.endsWith("ss") ? u.substring(0, u.length() - 1) : u;
    }

    /** Whether a figure in {@code figureUnit} answers a question that counts in {@code askedUnit}. */
    public static boolean fits(String askedUnit, String figureUnit) {
        if (askedUnit == null) {
            return true;
        }
        if (figureUnit == null) {
            return !askedUnit.equals("percent") && !askedUnit.equals("money") && !askedUnit.equals("time") && !askedUnit.equals("move");
        }
        if (askedUnit.equals("move")) {
            return figureUnit.equals("percent") || figureUnit.equals("points") || figureUnit.equals(POINTS_OF_PERCENT); // how a market moved
        }
        if (askedUnit.equals("count")) {
            return !figureUnit.equals("percent") && !figureUnit.equals("money") && !figureUnit.equals("time") && !figureUnit.equals("points")
                    && !figureUnit.equals(POINTS_OF_PERCENT);
        }
        if (figureUnit.equals(POINTS_OF_PERCENT)) {
            return askedUnit.equals("percent") || askedUnit.equals("points"); // "how much could it knock off growth": 0.5 percentage point
        }
        return askedUnit.equals(figureUnit);
    }
}
