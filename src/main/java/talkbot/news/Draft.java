package talkbot.news;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article read from a page, a text file or a feed entry, before it is checked and written.
 *
 * @param title      its headline; empty when none was found
 * @param published  the day it was published, if known
 * @param source     who published it (a site's name, a feed's title), empty when unknown
 * @param url        where it was published, empty when unknown (a local file)
 * @param paragraphs its text, a paragraph each (short lines without a closing stop are headings)
 */
record Draft(String title, Optional<LocalDate> published, String source, String url, List<String> paragraphs) {
    Draft {
        title = clean(title);
        Objects.requireNonNull(published, "published");
        source = clean(source);
        url = url == null ? "" : url.strip();
        paragraphs = paragraphs.stream().map(Draft::clean).filter(p -> !p.isEmpty()).toList();
    }

    /** The text as the corpus keeps it: a paragraph a line. */
    String text() {
        return String.join("\n", paragraphs);
    }

    /** Fills what this draft lacks from {@code other}: title, date, source, URL. */
    Draft orElse(Draft other) {
        return new Draft(title.isEmpty() ? other.title : title, published.isPresent() ? published : other.published,
                source.isEmpty() ? other.source : source, url.isEmpty() ? other.url : url,
                paragraphs.isEmpty() ? other.paragraphs : paragraphs);
    }

    Draft withTitle(String t) {
        return new Draft(t, published, source, url, paragraphs);
    }

    /** Whitespace of every kind made one space, control characters dropped. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        return s.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t\\u200d]]", "")
                .replaceAll("[\\s\\u00a0\\u2007\\u202f]+", " ").strip();
    }
}
