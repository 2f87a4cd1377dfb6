package talkbot.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the date expressions of a text and resolves them against the day the text was written:
 * explicit dates ("12 May", "May 10-11, 2025", "Friday and Saturday, 3 and 4 October"), weekdays
 * ("on Monday", "last Thursday", "Saturday and Sunday"), relative days, weeks, months and years
 * ("yesterday", "last month", "earlier this year"), months ("in April", "mid-August") and years.
 * A bare weekday is the last such day on or before the anchor, or the next one on or after it
 * when its clause speaks of the future ({@link Tense}); a month or day without a year is the one
 * nearest the anchor in that direction.
 *
 * <p>Stateless and thread-safe. In {@link #lenient} mode (questions typed in lower case) "may" is
 * a month only where nothing else can be meant ("in may", "the may round", "may 12").
 */
public final class DateFinder {
    private static final String WD = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
    private static final String MON = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String D = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    private static final String Y = "(?:199\\d|20[0-3]\\d)";
    private static final String TO = "\\s*(?:-|–|—|and|to|through)\\s*";

    private static final Pattern EXPRESSIONS = Pattern.compile("(?i)\\b(?:"
            // Friday and Saturday, 3 and 4 October 2025 | Wednesday, 14 May | 10-11 May
            + "(?<dm>(?:(?:" + WD + ")(?:" + TO + "(?:" + WD + "))?,?\\s+)?(?<d1>" + D + ")(?:" + TO + "(?:(?:" + WD + ")\\s+)?(?<d2>" + D + "))?"
            + "\\s+(?:of\\s+)?(?<m1>" + MON + ")\\.?(?:,?\\s+(?<y1>" + Y + "))?)"
            // (Wednesday,) May 14(-15)(, 2025)
            + "|(?<md>(?:(?:" + WD + "),?\\s+)?(?<m2>" + MON + ")\\.?\\s+(?<d3>" + D + ")(?:" + TO + "(?<d4>" + D + "))?(?![\\d,.]*\\s*(?:%|percent|per cent|billion|million))(?:,?\\s+(?<y2>" + Y + "))?)"
            // last/next/this weekend
            + "|(?<wkend>(?:(?:this|last|next|the|over the|that)\\s+)weekend)"
            // (last|next|this) Monday (and Tuesday)
            + "|(?<wd>(?:(?<wq>last|next|this|coming|past)\\s+)?(?<w1>" + WD + ")(?:\\s+(?:morning|afternoon|evening|night))?(?:" + TO + "(?<w2>" + WD + "))?)"
            + "|(?<rel>today|tonight|yesterday|tomorrow|this morning|this afternoon|this evening)"
            + "|(?<per>(?<pq>last|next|this|past|coming|previous|earlier this|later this|early this|late this|earlier in the|later in the)\\s+(?<pu>week|month|year))"
            // (early|mid|late) April (2025)
            + "|(?<mon>(?:(?<mq>early|mid|late|end of|the end of|beginning of|the beginning of|start of)[\\s-]?)?(?<m3>" + MON + ")(?:\\s+(?<y3>" + Y + "))?)"
            + "|(?<![$€£¥\\d.,])(?<yr>" + Y + ")(?!\\s*(?:%|percent|per cent|[.,]\\d|tonnes|tons|barrels|units|cars|vehicles|people|jobs|workers|companies|firms|points|dollars|euros|yuan|pounds))"
            + ")\\b");
    private static final Map<String, Month> MONTHS = months();
    private static final Pattern LOWER_MAY_OK = Pattern.compile(
            "(?i)(?:\\b(?:in|since|until|till|of|during|through|from|by|early|mid|late|the|last|this|next|before|after)[\\s-]+$)");
    private static final Pattern LOWER_MAY_NEXT = Pattern.compile(
            "(?i)^\\s*(?:\\d|round|talks|meeting|meetings|negotiations|summit|deal|truce|agreement|announcement|statement)");

    private final boolean lenient;

    private DateFinder(boolean lenient) {
        this.lenient = lenient;
    }

    /** For edited text (articles): "May" is a month when capitalised. */
    public static DateFinder strict() {
        return new DateFinder(false);
    }

    /** For text typed in chat: case is not a clue, so "may" needs a context that makes it a month. */
    public static DateFinder lenient() {
        return new DateFinder(true);
    }

    /** Every date expression of {@code text}, resolved against {@code anchor}, in order. */
    public List<DateMention> find(String text, LocalDate anchor) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = EXPRESSIONS.matcher(text);
        while (m.find()) {
            if (!isMonthWord(text, m)) {
                continue;
            }
            DateMention d = resolve(text, m, anchor);
            if (d != null) {
                out.add(d);
            }
        }
        return out;
    }

    /** "may" the verb, "march" the walk and "sat" are not dates: a month name must read as one. */
    private boolean isMonthWord(String text, Matcher m) {
        String month = m.group("m3") != null ? m.group("m3") : m.group("m2") != null ? m.group("m2") : m.group("m1");
        if (month == null) {
            return true;
        }
        String word = month.toLowerCase(Locale.ROOT);
        boolean ambiguous = word.equals("may") || word.equals("march") || word.equals("mar") || word.equals("jan")
                || word.equals("sep") || word.equals("dec");
        if (!ambiguous) {
            return true;
        }
        if (m.group("m3") == null) {
            return true; // with a day number it is a date
        }
        if (m.group("y3") != null || m.group("mq") != null) {
            return true;
        }
        boolean capitalised = Character.isUpperCase(month.charAt(0));
        if (!lenient) {
            return capitalised && !word.equals("mar") && !word.equals("jan") && !word.equals("sep") && !word.equals("dec")
                    && (m.start() > 0 || LOWER_MAY_NEXT.matcher(text.substring(m.end())).find());
        }
        String before = text.substring(Math.max(0, m.start() - 20), m.start());
        return LOWER_MAY_OK.matcher(before).find() || LOWER_MAY_NEXT.matcher(text.substring(m.end())).find();
    }

    private static DateMention resolve(String text, Matcher m, LocalDate anchor) {
        int start = m.start();
        int end = m.end();
        String said = m.group();
        if (m.group("dm") != null) {
            return days(start, end, said, day(m.group("d1")), m.group("d2"), month(m.group("m1")), m.group("y1"), text, anchor);
        }
        if (m.group("md") != null) {
            return days(start, end, said, day(m.group("d3")), m.group("d4"), month(m.group("m2")), m.group("y2"), text, anchor);
        }
        if (m.group("wkend") != null) {
            boolean future = said.toLowerCase(Locale.ROOT).startsWith("next")
                    || (!said.toLowerCase(Locale.ROOT).startsWith("last") && Tense.around(text, start, end) == Tense.FUTURE);
            LocalDate sat = future ? anchor.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                    : anchor.getDayOfWeek() == DayOfWeek.SUNDAY ? anchor.minusDays(1)
                    : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
            return new DateMention(start, end, said, sat, sat.plusDays(1), DateMention.Precision.DAY);
        }
        if (m.group("wd") != null) {
            return weekdays(m, text, anchor);
        }
        if (m.group("rel") != null) {
            String r = m.group("rel").toLowerCase(Locale.ROOT);
            LocalDate d = r.equals("yesterday") ? anchor.minusDays(1) : r.equals("tomorrow") ? anchor.plusDays(1) : anchor;
            return new DateMention(start, end, said, d, d, DateMention.Precision.DAY);
        }
        if (m.group("per") != null) {
            return period(m, anchor);
        }
        if (m.group("mon") != null) {
            return month(m, text, anchor);
        }
        int year = Integer.parseInt(m.group("yr"));
        return new DateMention(start, end, said, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), DateMention.Precision.YEAR);
    }

    private static DateMention days(int start, int end, String said, int d1, String d2Text, Month month, String yearText,
            String text, LocalDate anchor) {
        Integer d2 = d2Text == null ? null : day(d2Text);
        int year;
        if (yearText != null) {
            year = Integer.parseInt(yearText);
        } else {
            year = nearestYear(anchor, month, Math.min(d1, month.minLength()), Tense.around(text, start, end));
            if (EXTENDED_TO.matcher(text.substring(Math.max(0, start - 60), start)).find()
                    && LocalDate.of(year, month, Math.min(d1, month.minLength())).isBefore(anchor.minusDays(EXTENDED_BACK_DAYS))
                    && d1 <= YearMonth.of(year + 1, month).lengthOfMonth()) {
                year++; // "extended until December 31" in February: what is extended runs on to a day ahead
            }
        }
        YearMonth ym = YearMonth.of(year, month);
        if (d1 > ym.lengthOfMonth() || (d2 != null && (d2 > ym.lengthOfMonth() || d2 < d1))) {
            return null; // "31 June" or "11-10 May" is not a date
        }
        LocalDate from = ym.atDay(d1);
        return new DateMention(start, end, said, from, d2 == null ? from : ym.atDay(d2), DateMention.Precision.DAY);
    }

    /**
     * "extended the truce until", "pushed back by 90 days to", "pushing its expiry from April 2 to": the day after it lies ahead of the
     * report — unless it is only days before it ("had been extended until Feb 9, but lapsed").
     */
    private static final int EXTENDED_BACK_DAYS = 30;
    private static final Pattern EXTENDED_TO = Pattern.compile(
            "(?i)\\b(?:extend|extends|extended|extending|prolonged|pushed back)\\s+(?:[\\w%-]+,?\\s+){0,8}?(?:until|till|through|to)\\s+$"
                    + "|\\b(?:pushing|pushed|moving|moved|shifting|shifted)\\s+(?:its|the|their)\\s+(?:expiry|expiration|deadline|end date)"
                    + "\\s+(?:from\\s+[\\w ,.]{1,30}?\\s+)?(?:to|until|till)\\s+$");

    /** The year that puts the day nearest the anchor: within six months, or on the side the tense says. */
    private static int nearestYear(LocalDate anchor, Month month, int day, Tense tense) {
        int best = anchor.getYear();
        long bestDistance = Long.MAX_VALUE;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            LocalDate d = LocalDate.of(y, month, Math.min(day, YearMonth.of(y, month).lengthOfMonth()));
            long distance = Math.abs(d.toEpochDay() - anchor.toEpochDay());
            // a far-off day on the wrong side of the anchor is unlikely: the future for past tense, and back
            boolean wrongSide = tense == Tense.PAST ? d.isAfter(anchor.plusDays(7)) : d.isBefore(anchor.minusDays(7));
            if (wrongSide) {
                distance += 200;
            }
            if (distance < bestDistance) {
                best = y;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static DateMention weekdays(Matcher m, String text, LocalDate anchor) {
        DayOfWeek first = weekday(m.group("w1"));
        String q = m.group("wq") == null ? "" : m.group("wq").toLowerCase(Locale.ROOT);
        LocalDate from = switch (q) {
            case "last", "past" -> anchor.with(TemporalAdjusters.previous(first));
            case "next", "coming" -> anchor.with(TemporalAdjusters.next(first));
            default -> Tense.around(text, m.start(), m.end()) == Tense.FUTURE
                    ? anchor.with(TemporalAdjusters.nextOrSame(first))
                    : anchor.with(TemporalAdjusters.previousOrSame(first));
        };
        LocalDate to = from;
        if (m.group("w2") != null) {
            DayOfWeek second = weekday(m.group("w2"));
            to = from.with(TemporalAdjusters.nextOrSame(second));
            if (from.getDayOfWeek() != DayOfWeek.SUNDAY && to.isAfter(anchor) && q.isEmpty()
                    && Tense.around(text, m.start(), m.end()) == Tense.PAST) {
                // "talks on Monday and Tuesday" in a report published on Tuesday: the days up to today
                long span = to.toEpochDay() - from.toEpochDay();
                to = anchor.with(TemporalAdjusters.previousOrSame(second));
                from = to.minusDays(span);
            }
        }
        return new DateMention(m.start(), m.end(), m.group(), from, to, DateMention.Precision.DAY);
    }

    private static DateMention period(Matcher m, LocalDate anchor) {
        String q = m.group("pq").toLowerCase(Locale.ROOT);
        String unit = m.group("pu").toLowerCase(Locale.ROOT);
        int shift = q.equals("last") || q.equals("past") || q.equals("previous") ? -1
                : q.equals("next") || q.equals("coming") ? 1 : 0;
        LocalDate from;
        LocalDate to;
        DateMention.Precision p;
        switch (unit) {
            case "week" -> {
                from = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(shift);
                to = from.plusDays(6);
                p = DateMention.Precision.WEEK; // "agreed this week": not on its Monday
            }
            case "month" -> {
                YearMonth ym = YearMonth.from(anchor).plusMonths(shift);
                from = ym.atDay(1);
                to = ym.atEndOfMonth();
                p = DateMention.Precision.MONTH;
            }
            default -> {
                int y = anchor.getYear() + shift;
                from = LocalDate.of(y, 1, 1);
                to = LocalDate.of(y, 12, 31);
                p = DateMention.Precision.YEAR;
            }
        }
        if (q.startsWith("earlier") && !to.isBefore(anchor)) {
            to = anchor;
        } else if (q.startsWith("later") && from.isBefore(anchor)) {
            from = anchor;
        }
        return new DateMention(m.start(), m.end(), m.group(), from, to, p);
    }

    private static DateMention month(Matcher m, String text, LocalDate anchor) {
        Month month = month(m.group("m3"));
        int year = m.group("y3") != null ? Integer.parseInt(m.group("y3"))
                : nearestYear(anchor, month, 15, Tense.around(text, m.start(), m.end()));
        YearMonth ym = YearMonth.of(year, month);
        LocalDate from = ym.atDay(1);
        LocalDate to = ym.atEndOfMonth();
        String q = m.group("mq") == null ? "" : m.group("mq").toLowerCase(Locale.ROOT);
        if (q.equals("early") || q.contains("beginning") || q.contains("start")) {
            to = ym.atDay(10);
        } else if (q.equals("mid")) {
            from = ym.atDay(11);
            to = ym.atDay(20);
        } else if (q.equals("late") || q.contains("end")) {
            from = ym.atDay(21);
        }
        return new DateMention(m.start(), m.end(), m.group(), from, to, DateMention.Precision.MONTH);
    }

    private static int day(String d) {
        return Integer.parseInt(d.replaceAll("\\D", ""));
    }

    private static Month month(String name) {
        return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    private static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static Map<String, Month> months() {
        Map<String, Month> m = new java.util.HashMap<>();
        for (Month month : Month.values()) {
            String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            m.put(full, month);
            m.put(full.substring(0, 3), month);
        }
        m.put("sept", Month.SEPTEMBER);
        return Map.copyOf(m);
    }
}
