package talkbot.news;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * The article's own text out of a whole page, readability-style and without a model:
 * <ol>
 *   <li>what is never text goes (scripts, styles, forms, navigation, headers and footers,
 *       asides, figures' captions, hidden elements), and so do blocks whose class or id says
 *       they are comments, sharing, related links, newsletters, ads and the like;</li>
 *   <li>the article's container is {@code [itemprop=articleBody]}, else the {@code <article>}
 *       with the most paragraph text, else the element that scores best: each paragraph of 25
 *       characters or more gives its parent 1 point, one per comma and one per 100 characters (at
 *       most 3), and half that to its grandparent; a container's score shrinks with the share of
 *       its text that is links and grows (or shrinks) when its class or id looks like content (or
 *       like clutter);</li>
 *   <li>its paragraphs, headings, list items and quotations are taken in order, each once, less
 *       those that are mostly links or are boilerplate ("Advertisement", "Read more" …).</li>
 * </ol>
 * When the container yields under 200 characters the whole body is read the same way.
 */
final class MainText {
    static final int MIN_TEXT = 200;
    private static final int MIN_PARAGRAPH = 25;
    private static final Pattern UNLIKELY = Pattern.compile("(?i)comment|share|sharing|social|related|promo|sidebar"
            + "|footer|masthead|\\bnav|menu|cookie|consent|subscribe|newsletter|advert|\\bads?\\b|\\bad-|sponsor|popup"
            + "|modal|breadcrumb|caption|credit|\\btags?\\b|most-?read|recommend|signup|sign-up|paywall|outbrain|taboola");
    private static final Pattern LIKELY = Pattern.compile("(?i)article|body|content|main|story|entry|\\bpost\\b|text");
    private static final Pattern BOILERPLATE = Pattern.compile("(?i)^(advertisement|read more|related:?|share( this)?( article)?"
            + "|sign up.*|subscribe.*|follow us.*|click here.*|(all )?rights reserved.*|©.*|copyright .*|image:.*|photo:.*)$");
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, svg, canvas, form, button, input,"
            + " select, textarea, nav, footer, aside, figcaption, dialog, [hidden], [aria-hidden=true], header";
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "li", "pre", "blockquote", "dd", "td");
    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5");
    private static final Set<String> BLOCK_CHILDREN = Set.of("p", "div", "section", "article", "ul", "ol", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "li", "dl", "header", "footer");

    private MainText() {}

    /** The article's paragraphs; empty when the page has no text to speak of. */
    static List<String> of(Document page) {
        Document doc = page.clone();
        Element body = doc.body();
        if (body == null) {
            return List.of();
        }
        doc.select(NEVER_TEXT).remove();
        for (Element e : body.select("[class], [id]")) {
            String tag = e.tagName();
            if (tag.equals("article") || tag.equals("main") || tag.equals("body")) {
                continue;
            }
            String names = e.className() + " " + e.id();
            if (UNLIKELY.matcher(names).find() && !LIKELY.matcher(names).find() && e.parent() != null) {
                e.remove();
            }
        }
        Element root = container(body);
        List<String> out = paragraphs(root);
        if (root != body && length(out) < MIN_TEXT) {
            out = paragraphs(body);
        }
        return out;
    }

    private static Element container(Element body) {
        for (Element e : body.select("[itemprop=articleBody]")) {
            if (e.text().length() >= MIN_TEXT) {
                return e;
            }
        }
        Element best = body.select("article").stream()
                .max(Comparator.comparingInt(MainText::paragraphText)).orElse(null);
        if (best != null && paragraphText(best) >= MIN_TEXT) {
            return best;
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) {
                continue;
            }
            double score = 1 + text.chars().filter(c -> c == ',').count() + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, score, Double::sum);
                Element grand = parent.parent();
                if (grand != null) {
                    scores.merge(grand, score / 2, Double::sum);
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            Element c = e.getKey();
            String names = c.className() + " " + c.id();
            double weight = (LIKELY.matcher(names).find() ? 25 : 0) - (UNLIKELY.matcher(names).find() ? 25 : 0);
            double s = (e.getValue() + weight) * (1 - linkDensity(c));
            if (top == null || s > topScore) {
                top = c;
                topScore = s;
            }
        }
        return top == null ? body : top;
    }

    private static int paragraphText(Element e) {
        return e.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static List<String> paragraphs(Element root) {
        List<String> out = new ArrayList<>();
        root.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                String tag = e.tagName();
                boolean leafDiv = (tag.equals("div") || tag.equals("section")) && e.children().stream()
                        .noneMatch(c -> BLOCK_CHILDREN.contains(c.tagName())) && e.text().length() >= 80;
                if (!BLOCKS.contains(tag) && !leafDiv) {
                    return FilterResult.CONTINUE;
                }
                if ((tag.equals("blockquote") || tag.equals("li") || tag.equals("td") || tag.equals("dd"))
                        && e.children().stream().anyMatch(c -> BLOCK_CHILDREN.contains(c.tagName()))) {
                    return FilterResult.CONTINUE; // a container of paragraphs: read them one by one
                }
                String text = Draft.clean(e.text());
                if (keep(e, tag, text)) {
                    out.add(HEADINGS.contains(tag) ? stripStop(text) : text);
                }
                return FilterResult.SKIP_ENTIRELY;
            }
        });
        List<String> unique = new ArrayList<>();
        for (String p : out) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).equals(p)) {
                unique.add(p);
            }
        }
        return unique;
    }

    private static boolean keep(Element e, String tag, String text) {
        if (text.isEmpty() || BOILERPLATE.matcher(text).matches()) {
            return false;
        }
        if (HEADINGS.contains(tag)) {
            return text.length() <= 200 && linkDensity(e) < 0.5;
        }
        if (tag.equals("li") || tag.equals("td") || tag.equals("dd")) {
            return text.length() >= 40 && linkDensity(e) < 0.3;
        }
        return linkDensity(e) < 0.5 && (text.length() >= MIN_PARAGRAPH || text.matches(".*[.!?\"”]$"));
    }

    /** The share of an element's text that is inside links. */
    static double linkDensity(Element e) {
        int all = e.text().length();
        if (all == 0) {
            return 0;
        }
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return Math.min(1.0, (double) links / all);
    }

    private static String stripStop(String heading) {
        return heading.replaceAll("[.:]+$", "").strip();
    }

    private static int length(List<String> paragraphs) {
        return paragraphs.stream().mapToInt(String::length).sum();
    }
}
