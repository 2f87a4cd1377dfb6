package talkbot.adapter.slack;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import talkbot.chat.Button;
import talkbot.chat.Quotation;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;
import talkbot.corpus.Text;

/**
 * Renders a {@link Reply} as Block Kit: each section's title in bold and its text in a section
 * block (consecutive sections share a block while they fit), and its quotes in a context block
 * naming the article and its date; its buttons (choices, votes) in actions blocks at the end. Every
 * piece of reply text is escaped, and Slack's limits are
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
    /** Slack's limit on a button's text, and on the elements of an actions block. */
    static final int MAX_BUTTON_CHARS = 75;
    static final int MAX_ACTIONS = 25;
    /** What every action id of the bot's buttons starts with (see {@link Interactivity}). */
    static final String ACTION_PREFIX = "talkbot.";

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
            List<String> cites = new ArrayList<>();
            s.quotes().forEach(c -> cites.add(quote(c)));
            s.cited().forEach(c -> cites.add(sourceLine(c)));
            if (!cites.isEmpty()) {
                flush(pending, blocks);
                for (int i = 0; i < cites.size(); i += MAX_CONTEXT_ELEMENTS) {
                    blocks.add(context(cites.subList(i, Math.min(cites.size(), i + MAX_CONTEXT_ELEMENTS))));
                }
            }
        }
        flush(pending, blocks);
        List<LayoutBlock> actions = actions(reply);
        int room = MAX_BLOCKS - actions.size();
        if (blocks.size() > room) {
            List<LayoutBlock> kept = new ArrayList<>(blocks.subList(0, room - 1));
            kept.add(section(SHORTENED));
            blocks = kept;
        }
        blocks.addAll(actions);
        return blocks;
    }

    /**
     * The reply's buttons: the choices in one actions block, the votes in another. Each button's
     * value is its payload (the conversation reads it back); its action id says what kind it is.
     */
    static List<LayoutBlock> actions(Reply reply) {
        List<LayoutBlock> out = new ArrayList<>();
        if (!reply.choices().isEmpty()) {
            List<BlockElement> buttons = new ArrayList<>();
            for (int i = 0; i < reply.choices().size() && i < MAX_ACTIONS; i++) {
                buttons.add(button(reply.choices().get(i), ACTION_PREFIX + "choice." + (i + 1)));
            }
            out.add(ActionsBlock.builder().elements(buttons).build());
        }
        if (!reply.votes().isEmpty()) {
            List<BlockElement> buttons = new ArrayList<>();
            for (int i = 0; i < reply.votes().size() && i < MAX_ACTIONS; i++) {
                buttons.add(button(reply.votes().get(i), ACTION_PREFIX + "vote." + (i + 1)));
            }
            out.add(ActionsBlock.builder().elements(buttons).build());
        }
        return out;
    }

    private static ButtonElement button(Button b, String actionId) {
        return ButtonElement.builder()
                .text(PlainTextObject.builder().text(SlackText.shorten(Text.wellFormed(b.label()), MAX_BUTTON_CHARS)).emoji(true).build())
                .actionId(actionId)
                .value(b.payload())
                .build();
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
        return SlackText.escape(Quotation.of(SlackText.shorten(c.sentence().strip(), MAX_QUOTE_CHARS))) + " " + sourceLine(c);
    }

    /** "— _title_, 9 June 2025": where a quotation comes from, or an answer the text already quotes. */
    static String sourceLine(Citation c) {
        return "— _" + SlackText.escape(SlackText.shorten(c.articleTitle().strip(), MAX_TITLE_CHARS)) + "_, "
                + DATE.format(c.published());
    }

    /** The plain text Slack shows in notifications: titles and texts, escaped, shortened. */
    static String fallback(Reply reply) {
        StringBuilder raw = new StringBuilder();
        for (Section s : reply.sections()) {
            String line = join(s.title(), s.text());
            if (line.isEmpty() && !s.quotes().isEmpty()) {
                line = Quotation.of(s.quotes().get(0).sentence());
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

    private static ContextBlock context(List<String> mrkdwn) {
        List<ContextBlockElement> elements = new ArrayList<>();
        for (String text : mrkdwn) {
            elements.add(MarkdownTextObject.builder().text(text).build());
        }
        return ContextBlock.builder().elements(elements).build();
    }
}
