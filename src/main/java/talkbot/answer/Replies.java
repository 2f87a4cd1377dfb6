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
