package talkbot.adapter.slack;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;

/**
 * Renders a {@link Reply} as Block Kit: each section's title in bold and its text in a section
 * block (consecutive sections share a block while they fit), and its quotes in a context block
 * naming the article and its date. Every piece of reply text is escaped, and Slack's limits are
 * kept: at most {@value #MAX_SECTION_CHARS} characters per section block, {@value #MAX_CONTEXT_ELEMENTS}
 * elements per context block and {@value #MAX_BLOCKS} blocks per message.
 */
final class SlackBlocks {
    static final int MAX_SECTION_CHARS = 3000;
    static final int MAX_BLOCKS = 50;
    static final int MAX_CONTEXT_ELEMENTS = 10;
    /** Quotes and titles are shortened (raw) to these lengths before escaping. */
    static final int MAX_QUOTE_CHARS = 600;
    static final int MAX_TITLE_CHARS = 200;
    /** The fallback text is cut (raw) to this length: it only has to serve a notification. */
    static final int MAX_FALLBACK_CHARS = 2900;
    static final String SHORTENED = "_…the rest of this reply is too long for one Slack message._";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private SlackBlocks() {}

    static SlackMessage render(Reply reply) {
        return new SlackMessage(blocks(reply), fallback(reply));
    }

    static List<LayoutBlock> blocks(Reply reply) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Section s : reply.sections()) {
            String md = markdown(s);
            if (!md.isEmpty()) {
                if (pending.length() > 0 && pending.length() + 1 + md.length() > MAX_SECTION_CHARS) {
                    flush(pending, blocks);
                }
                if (pending.length() > 0) {
                    pending.append('\n');
                }
                pending.append(md);
            }
            if (!s.quotes().isEmpty()) {
                flush(pending, blocks);
                List<Citation> quotes = s.quotes();
                for (int i = 0; i < quotes.size(); i += MAX_CONTEXT_ELEMENTS) {
                    blocks.add(context(quotes.subList(i, Math.min(quotes.size(), i + MAX_CONTEXT_ELEMENTS))));
                }
            }
        }
        flush(pending, blocks);
        if (blocks.size() > MAX_BLOCKS) {
            List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, MAX_BLOCKS - 1));
            kept.add(section(SHORTENED));
            return kept;
        }
        return blocks;
    }

    /** A section as mrkdwn: {@code *title*} and the text on the next line, both escaped. */
    static String markdown(Section s) {
        StringBuilder md = new StringBuilder();
        if (s.title() != null && !s.title().isBlank()) {
            md.append('*').append(SlackText.escape(s.title().strip())).append('*');
        }
        if (s.text() != null && !s.text().isBlank()) {
            if (md.length() > 0) {
                md.append('\n');
            }
            md.append(SlackText.escape(s.text().strip()));
        }
        return md.toString();
    }

    /** One quote: the sentence in quotation marks, then the article's title in italics and its date. */
    static String quote(Citation c) {
        return "“" + SlackText.escape(SlackText.shorten(c.sentence().strip(), MAX_QUOTE_CHARS)) + "” — _"
                + SlackText.escape(SlackText.shorten(c.articleTitle().strip(), MAX_TITLE_CHARS)) + "_, "
                + DATE.format(c.published());
    }

    /** The plain text Slack shows in notifications: titles and texts, escaped, shortened. */
    static String fallback(Reply reply) {
        StringBuilder raw = new StringBuilder();
        for (Section s : reply.sections()) {
            String line = join(s.title(), s.text());
            if (line.isEmpty() && !s.quotes().isEmpty()) {
                line = "“" + s.quotes().get(0).sentence().strip() + "”";
            }
            if (!line.isEmpty()) {
                if (raw.length() > 0) {
                    raw.append('\n');
                }
                raw.append(line);
            }
        }
        return SlackText.escape(SlackText.shorten(raw.toString(), MAX_FALLBACK_CHARS));
    }

    private static String join(String title, String text) {
        boolean hasTitle = title != null && !title.isBlank();
        boolean hasText = text != null && !text.isBlank();
        if (hasTitle && hasText) {
            return title.strip() + ": " + text.strip();
        }
        return hasTitle ? title.strip() : hasText ? text.strip() : "";
    }

    private static void flush(StringBuilder pending, List<LayoutBlock> blocks) {
        String text = pending.toString();
        pending.setLength(0);
        while (!text.isBlank()) {
            int cut = SlackText.cutPoint(text, MAX_SECTION_CHARS);
            blocks.add(section(text.substring(0, cut)));
            text = text.substring(cut).stripLeading();
        }
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    private static ContextBlock context(List<Citation> quotes) {
        List<ContextBlockElement> elements = new ArrayList<>();
        for (Citation c : quotes) {
            elements.add(MarkdownTextObject.builder().text(quote(c)).build());
        }
        return ContextBlock.builder().elements(elements).build();
    }
}
