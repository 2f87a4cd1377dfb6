package talkbot.chat;

import java.util.List;
import talkbot.corpus.Citation;

/**
 * One part of a reply, platform-neutral: a bold title (the direct answer, a command, a heading),
 * a plain text, and sentences quoted from the corpus. Any part may be absent. All text here is raw:
 * each renderer escapes it for its platform.
 */
public record Section(String title, String text, List<Citation> quotes) {
    public Section {
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        if (title == null && text == null && quotes.isEmpty()) {
            throw new IllegalArgumentException("an empty section");
        }
    }

    public static Section text(String text) {
        return new Section(null, text, List.of());
    }

    public static Section titled(String title, String text) {
        return new Section(title, text, List.of());
    }
}
