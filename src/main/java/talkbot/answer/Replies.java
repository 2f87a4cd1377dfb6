package talkbot.answer;

import java.util.List;
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
        return d.absolute();
    }

    /** Quoted words, whole and balanced, within {@code limit} characters: “…” with an ellipsis inside when cut. */
    static String quotation(String words, int limit) {
        String w = words.strip().replaceAll("[,;:\\s—–-]+$", "");
        if (w.length() + 2 <= limit) {
            return "“" + w + "”";
        }
        return "“" + talkbot.corpus.Text.clip(w, limit - 2) + "”";
    }

    static String trimQuote(String q) {
        return q.strip().replaceAll("[,;:]+$", "");
    }

    static String statement(Fact f) {
        return switch (f.kind()) {
            case ROLE -> f.subject() + " is " + f.value()
                    + (f.side() != null && !f.value().contains(f.side()) && !f.subject().equals(f.side())
                            ? " (" + f.side() + ")" : "") + ".";
            case QUOTE -> f.subject() + " said: “" + trimQuote(f.value()) + "”";
            case MEMBER -> f.value() + " is in the " + f.subject() + " delegation.";
            default -> f.subject() + ": " + f.value() + ".";
        };
    }
}
