package talkbot.chat;

import java.util.List;
import talkbot.corpus.Citation;

/**
 * One part of a reply, platform-neutral: a bold title (the direct answer, a command, a heading),
 * a plain text, sentences quoted from the corpus (each with its source line: the article's title
 * and date), and sources cited without their sentence (a source line only, when the text already
 * shows what they say). Any part may be absent. All text here is raw: each renderer escapes it
 * for its platform.
 */
public record Section(String title, String text, List<Citation> quotes, List<Citation> cited) {
    public Section {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        cited = cited == null ? List.of() : List.copyOf(cited);
        if (title == null && text == null && quotes.isEmpty() && cited.isEmpty()) {
            throw new IllegalArgumentException("an empty section");
        }
    }

    public Section(String title, String text, List<Citation> quotes) {
        this(title, text, quotes, List.of());
    }

    public static Section text(String text) {
        return new Section(null, text, List.of());
    }

    public static Section titled(String title, String text) {
        return new Section(title, text, List.of());
    }
}
