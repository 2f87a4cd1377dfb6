package talkbot.news;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** An HTML page reduced to its article: the text ({@link MainText}) and what its metadata says ({@link PageMeta}). */
final class HtmlReader {
    private HtmlReader() {}

    /**
     * @param html    the page
     * @param foundAt where it was fetched from, for relative links and as its URL when it names
     *                none; empty for a local file
     */
    static Draft read(String html, String foundAt) {
        Document doc = Jsoup.parse(html, foundAt);
        PageMeta meta = PageMeta.of(doc, foundAt);
        List<String> paragraphs = new ArrayList<>(MainText.of(doc));
        int length = paragraphs.stream().mapToInt(String::length).sum();
        if (length < MainText.MIN_TEXT && meta.articleBody().length() > length) {
            paragraphs = new ArrayList<>(List.of(meta.articleBody().split("\\s*\\R\\s*")));
        }
        if (!paragraphs.isEmpty() && Draft.clean(paragraphs.get(0)).equalsIgnoreCase(meta.title())) {
            paragraphs.remove(0); // the headline repeated above the text
        }
        return new Draft(meta.title(), meta.published(), meta.source(), meta.url(), paragraphs);
    }
}
