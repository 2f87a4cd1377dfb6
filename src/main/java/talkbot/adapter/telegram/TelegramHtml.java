package talkbot.adapter.telegram;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import talkbot.chat.Escaping;
import talkbot.chat.Quotation;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;

/**
 * Renders a {@link Reply} as Telegram HTML (parse_mode=HTML). Every piece of text from users or
 * the corpus is escaped here, so nothing in a question or an article can open a tag.
 *
 * <p>A section renders as its title in {@code <b>}, then its text (on the same line, after a dash,
 * unless the section quotes sources: then the text goes on its own line), then each quote as a
 * {@code <blockquote>} holding the sentence and, below it, the article's title in {@code <i>} and
 * its date. Sections that quote sources are set apart by blank lines; list-like sections (help,
 * sources, examples) follow each other line by line.
 */
final class TelegramHtml {

    /** Telegram's limit on one message's text. */
    static final int MAX_MESSAGE_CHARS = 4096;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private TelegramHtml() {}

    /** Escapes text for Telegram HTML: {@code &}, {@code <} and {@code >}. */
    static String escape(String text) {
        return Escaping.ampLtGt(text);
    }

    /** The whole reply as one HTML text, possibly longer than a message may be. */
    static String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        List<Section> sections = reply.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (i > 0) {
                boolean quoted = cites(sections.get(i)) || cites(sections.get(i - 1));
                out.append(quoted ? "\n\n" : "\n");
            }
            out.append(section(sections.get(i)));
        }
        return out.toString();
    }

    private static boolean cites(Section s) {
        return !s.quotes().isEmpty() || !s.cited().isEmpty();
    }

    /** The reply as the messages to send: each at most {@link #MAX_MESSAGE_CHARS}, each well-formed. */
    static List<String> messages(Reply reply) {
        return MessageSplitter.split(render(reply), MAX_MESSAGE_CHARS);
    }

    static String section(Section s) {
        StringBuilder out = new StringBuilder();
        boolean hasTitle = s.title() != null && !s.title().isBlank();
        boolean hasText = s.text() != null && !s.text().isBlank();
        if (hasTitle) {
            out.append("<b>").append(escape(s.title().strip())).append("</b>");
        }
        if (hasText) {
            if (hasTitle) {
                out.append(cites(s) ? "\n" : " — ");
            }
            out.append(escape(s.text().strip()));
        }
        for (Citation q : s.quotes()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(quote(q));
        }
        for (Citation c : s.cited()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(sourceLine(c));
        }
        return out.toString();
    }

    static String quote(Citation q) {
        return "<blockquote>" + escape(Quotation.of(q.sentence())) + "\n" + sourceLine(q) + "</blockquote>";
    }

    /** "— <i>title</i>, 9 June 2025": where a quotation comes from, or an answer the text already quotes. */
    static String sourceLine(Citation c) {
        return "— <i>" + escape(c.articleTitle().strip()) + "</i>, " + c.published().format(DATE);
    }

    /**
     * The same message as plain text: tags dropped, entities decoded. Sent when Telegram cannot
     * parse our HTML, so that the user still gets an answer.
     */
    static String toPlainText(String html) {
        StringBuilder out = new StringBuilder(html.length());
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    out.append(html, i, html.length());
                    break;
                }
                i = end + 1;
            } else if (c == '&') {
                int end = html.indexOf(';', i);
                String entity = end < 0 ? "" : html.substring(i, end + 1);
                String decoded = switch (entity) {
                    case "&amp;" -> "&";
                    case "&lt;" -> "<";
                    case "&gt;" -> ">";
                    case "&quot;" -> "\"";
                    default -> null;
                };
                if (decoded == null) {
                    out.append(c);
                    i++;
                } else {
                    out.append(decoded);
                    i = end + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
