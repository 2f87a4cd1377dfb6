package talkbot.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into its clauses — at commas, semicolons, colons, dashes and brackets, and
 * before "while", "whereas" and "but" — never inside a quotation: "A cut its tariff from 40% to 15%,
 * while B cut its own from 60% to 20%" is two clauses, and the question's words say which one
 * answers it. A comma or colon inside a figure ("100,000 cars", "at 12:01 a.m.") breaks nothing.
 */
public final class Clauses {
    /** A comma or colon between two digits is part of a figure ("100,000", "12:01"), not a break. */
    private static final Pattern BREAK = Pattern.compile("(?<!\\d)[,:]|[,:](?!\\d)|[;()]|\\s[—–]\\s|\\s-\\s|[—–]|\\s(?=(?:while|whereas|but)\\s)");

    private Clauses() {}

    /** A clause: where it starts and ends in the sentence. */
    public record Clause(int start, int end) {
        public boolean contains(int at) {
            return at >= start && at < end;
        }
    }

    public static List<Clause> of(String sentence) {
        boolean[] quoted = Quotes.insideQuotes(sentence);
        List<Clause> out = new ArrayList<>();
        int start = 0;
        Matcher m = BREAK.matcher(sentence);
        while (m.find()) {
            if (quoted[m.start()]) {
                continue;
            }
            if (m.start() > start) {
                out.add(trim(sentence, start, m.start()));
            }
            start = m.end();
        }
        if (start < sentence.length()) {
            out.add(trim(sentence, start, sentence.length()));
        }
        out.removeIf(c -> c.end() <= c.start());
        if (out.isEmpty()) {
            out.add(new Clause(0, sentence.length()));
        }
        return out;
    }

    private static Clause trim(String s, int start, int end) {
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > start && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == '.')) {
            end--;
        }
        return new Clause(start, end);
    }
}
