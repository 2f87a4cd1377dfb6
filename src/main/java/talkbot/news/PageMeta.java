package talkbot.news;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about its article, from the metadata news sites publish, most reliable first:
 * <ul>
 *   <li>title: {@code og:title}, JSON-LD {@code headline}, {@code twitter:title}, the first
 *       {@code <h1>}, {@code <title>};</li>
 *   <li>published: {@code article:published_time}, JSON-LD {@code datePublished}, other common
 *       meta tags ({@code itemprop=datePublished}, {@code date}, {@code pubdate} …), the first
 *       {@code <time datetime>} (inside the {@code <article>} if there is one); the day as the
 *       publisher wrote it, in its own offset;</li>
 *   <li>source: {@code og:site_name}, JSON-LD {@code publisher.name}, the host name;</li>
 *   <li>URL: {@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url}, else where the page was found;</li>
 *   <li>and JSON-LD {@code articleBody}, which stands in for the text when the page's own text is too thin.</li>
 * </ul>
 * JSON-LD is read from every {@code application/ld+json} script, in arrays and {@code @graph}s,
 * from the first object whose {@code @type} is an article type.
 */
record PageMeta(String title, Optional<LocalDate> published, String source, String url, String articleBody) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "reviewnewsarticle",
            "liveblogposting", "report");
    private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    static PageMeta of(Document doc, String foundAt) {
        JsonNode ld = jsonLd(doc);
        String title = first(meta(doc, "property", "og:title"), text(ld, "headline"), meta(doc, "name", "twitter:title"),
                doc.selectFirst("h1") == null ? "" : doc.selectFirst("h1").text(), doc.title());
        Element article = doc.selectFirst("article");
        Element time = (article != null ? article : doc).selectFirst("time[datetime]");
        Optional<LocalDate> published = firstDate(meta(doc, "property", "article:published_time"), text(ld, "datePublished"),
                meta(doc, "itemprop", "datePublished"), meta(doc, "name", "article:published_time"),
                meta(doc, "name", "date"), meta(doc, "name", "pubdate"), meta(doc, "name", "publishdate"),
                meta(doc, "name", "parsely-pub-date"), meta(doc, "name", "dc.date.issued"), meta(doc, "name", "dc.date"),
                time == null ? "" : time.attr("datetime"));
        String source = first(meta(doc, "property", "og:site_name"), ld == null ? "" : text(ld.get("publisher"), "name"),
                host(foundAt));
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        String url = first(canonical == null ? "" : absolute(canonical.absUrl("href")), absolute(meta(doc, "property", "og:url")),
                absolute(text(ld, "url")), foundAt);
        return new PageMeta(Draft.clean(title), published, Draft.clean(source), url, text(ld, "articleBody"));
    }

    /** The day of an ISO-8601 date or date-time, or of an RFC 1123 one, as written (in its own offset). */
    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.strip();
        Matcher m = DAY.matcher(s);
        if (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.RFC_1123_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
            try {
                return Optional.of(OffsetDateTime.parse(s, f).toLocalDate());
            } catch (DateTimeParseException e) {
                // the next
            }
        }
        try {
            return Optional.of(ZonedDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> firstDate(String... candidates) {
        for (String c : candidates) {
            Optional<LocalDate> d = date(c);
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static String meta(Document doc, String attr, String name) {
        for (Element e : doc.select("meta[" + attr + "]")) {
            if (e.attr(attr).equalsIgnoreCase(name)) {
                String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
                if (!v.isBlank()) {
                    return v;
                }
            }
        }
        return "";
    }

    private static String first(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return "";
    }

    /** The first JSON-LD object of an article type, or null. */
    private static JsonNode jsonLd(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // malformed JSON-LD is common: the other sources of metadata still count
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        for (String type : types(node.get("@type"))) {
            if (ARTICLE_TYPES.contains(type.toLowerCase(Locale.ROOT))) {
                return node;
            }
        }
        return findArticle(node.get("@graph"));
    }

    private static List<String> types(JsonNode type) {
        List<String> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        if (type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else {
            out.add(type.asText());
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return "";
        }
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isArray()) {
            v = v.size() == 0 ? null : v.get(0);
        }
        if (v != null && v.isObject()) {
            v = v.has("name") ? v.get("name") : v.get("@id");
        }
        return v == null || !v.isValueNode() ? "" : v.asText();
    }

    private static String absolute(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI u = new URI(url.strip());
            return u.isAbsolute() && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))
                    ? u.toString() : "";
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }

    private static String host(String url) {
        try {
            String h = URI.create(url).getHost();
            return h == null ? "" : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
