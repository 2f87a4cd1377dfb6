package talkbot.news;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;

/**
 * An RSS or Atom feed's entries, read with ROME: each entry's id (its guid or Atom id, else its
 * link), link, title, date (published, else updated; the UTC day) and any text it carries
 * ({@code content:encoded} or Atom content, else the description) as paragraphs. The charset
 * comes from the XML prolog, a byte-order mark or the Content-Type, leniently; DOCTYPEs are
 * refused (no external entities).
 */
final class FeedReader {
    /** The feed could not be read as RSS or Atom; the message is one line. */
    static final class NotAFeed extends Exception {
        private static final long serialVersionUID = 1L;

        NotAFeed(String message) {
            super(message);
        }
    }

    /** One entry of a feed. */
    record Entry(String key, String link, String title, Optional<LocalDate> published, List<String> content) {
        /** The entry as a draft: what the feed says about the article. */
        Draft draft(String feedTitle) {
            return new Draft(title, published, feedTitle, link, content);
        }
    }

    record Feed(String title, List<Entry> entries) {}

    private FeedReader() {}

    static Feed read(Fetched fetched) throws NotAFeed {
        SyndFeed feed;
        try (XmlReader reader = fetched.contentType().isEmpty()
                ? new XmlReader(new ByteArrayInputStream(fetched.body()), true)
                : new XmlReader(new ByteArrayInputStream(fetched.body()), fetched.contentType(), true)) {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new NotAFeed("not an RSS or Atom feed: " + oneLine(e.getMessage()));
        }
        List<Entry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = e.getLink() == null ? "" : e.getLink().strip();
            String key = e.getUri() != null && !e.getUri().isBlank() ? e.getUri().strip() : link;
            if (key.isEmpty()) {
                continue; // nothing to know it by, nothing to fetch
            }
            Date when = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            Optional<LocalDate> published = when == null ? Optional.empty()
                    : Optional.of(LocalDate.ofInstant(when.toInstant(), ZoneOffset.UTC));
            entries.add(new Entry(key, link, e.getTitle() == null ? "" : Jsoup.parse(e.getTitle()).text(), published,
                    content(e)));
        }
        return new Feed(feed.getTitle() == null ? "" : Draft.clean(feed.getTitle()), entries);
    }

    private static List<String> content(SyndEntry e) {
        String html = "";
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && c.getValue().length() > html.length()) {
                html = c.getValue();
            }
        }
        if (html.isEmpty() && e.getDescription() != null && e.getDescription().getValue() != null) {
            html = e.getDescription().getValue();
        }
        if (html.isBlank()) {
            return List.of();
        }
        List<String> paragraphs = MainText.of(Jsoup.parseBodyFragment(html));
        return paragraphs.isEmpty() ? List.of(Jsoup.parse(html).text()) : paragraphs;
    }

    private static String oneLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
