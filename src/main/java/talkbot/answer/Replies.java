package talkbot.answer;

import java.util.List;
import java.util.regex.Pattern;
import talkbot.corpus.Fact;

/** How facts read as replies. */
final class Replies {
    private Replies() {}

    static String list(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** A resolved date as a reader wants it: "Monday 9 June 2025", "mid-August 2025", "May 2025". */
    static String date(talkbot.time.DateMention d) {
        if (d.precision() == talkbot.time.DateMention.Precision.MONTH && d.text().matches("(?i).*\\b(?:early|mid|late|end|beginning|start)\\b.*")) {
            String said = d.text().strip();
            return said.matches(".*\\d{4}.*") ? said : said + " " + d.to().getYear();
        }
        if (d.precision() == talkbot.time.DateMention.Precision.DAY && MONTH_FIRST.matcher(d.text()).lookingAt()) {
            return talkbot.time.DateFormat.rangeMonthFirst(d.from(), d.to()); // "July 12" answers as the article wrote it, whole
        }
        return d.absolute();
    }

    /** One day of a mention, written the way the mention is: "Tuesday, October 28, 2027" of "Oct. 28 and 29". */
    static String day(talkbot.time.DateMention d, java.time.LocalDate day) {
        return MONTH_FIRST.matcher(d.text()).lookingAt() ? talkbot.time.DateFormat.dayMonthFirst(day) : talkbot.time.DateFormat.day(day);
    }

    /**
     * The day of a date an answer says, or null when it says none: its first day when it says the date whole, else
     * the one of its days it says alone, as a question of when something starts or ends cuts it ("Wednesday,
     * February 23, 2028" of "Feb. 23-24").
     */
    static java.time.LocalDate daySaid(String answer, talkbot.time.DateMention d) {
        if (answer.contains(date(d))) {
            return d.from();
        }
        if (d.precision() != talkbot.time.DateMention.Precision.DAY || d.from() == null || d.to() == null || d.from().equals(d.to())) {
            return null;
        }
        return answer.contains(day(d, d.from())) ? d.from() : answer.contains(day(d, d.to())) ? d.to() : null;
    }

    /** A day the article writes month first: "July 12", "Nov. 18-19", "on Oct. 28 and 29". */
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)(?:on\\s+|by\\s+|until\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d");

    private static final Pattern OUTER_QUOTES = Pattern.compile("^[“\"‘']+|[”\"’']+$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;:\\s—–-]+$");

    /** Quoted words, whole and balanced, within {@code limit} characters: “…” with an ellipsis inside when cut. */
    static String quotation(String words, int limit) {
        String w = TRAILING_PUNCTUATION.matcher(OUTER_QUOTES.matcher(words.strip()).replaceAll("")).replaceAll("");
        if (w.length() + 2 <= limit) {
            return "“" + w + "”";
        }
        return "“" + talkbot.corpus.Text.clip(w, limit - 2) + "”";
    }

    private static final Pattern FINAL_STOP = Pattern.compile("[.,]\\s*$");

    /** Quoted words without the full stop or comma they end with inside the marks: "Mission accomplished." -> "Mission accomplished". */
    static String withoutFinalStop(String words) {
        return FINAL_STOP.matcher(words).replaceFirst("");
    }

    static String trimQuote(String q) {
        return q.strip().replaceAll("[,;:]+$", "");
    }

    /** A fact as an editor writes it: "Jamieson Greer is the US Trade Representative.", "Karoline Leavitt said: “…”". */
    static String statement(Fact f) {
        return switch (f.kind()) {
            case ROLE -> f.subject() + " is " + role(f) + ".";
            case QUOTE -> f.subject() + " said: " + quotation(f.value(), Answer.REPLY_LIMIT - f.subject().length() - 8);
            case MEMBER -> f.value() + " is in the " + f.subject() + " delegation.";
            default -> sentenceEnd(f.subject() + ": " + f.value());
        };
    }

    /** "the US Trade Representative", "China's Vice Premier", "chief economist at XTB". */
    private static String role(Fact f) {
        String title = f.value().strip();
        boolean named = Character.isUpperCase(title.charAt(0));
        if (f.side() == null || title.contains(f.side()) || f.subject().equals(f.side())) {
            return named ? "the " + title : title;
        }
        String side = f.side().equals("United States") ? "US" : f.side();
        return side.equals("US") ? "the US " + title : side + "'s " + title;
    }

    /** A sentence ends with one full stop, whatever the words before it end with. */
    static String sentenceEnd(String s) {
        String t = s.strip();
        return t.matches(".*[.!?…”\"]$") ? t : t + ".";
    }
}
