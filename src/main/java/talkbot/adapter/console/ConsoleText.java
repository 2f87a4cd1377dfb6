package talkbot.adapter.console;

import java.util.List;
import talkbot.chat.Button;
import talkbot.chat.Quotation;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;

/**
 * Renders a reply as plain text for a terminal: titles stand alone, quotes are indented with their
 * source, choices are numbered (typing the number picks one). Vote buttons are for chat platforms
 * and are left out.
 */
public final class ConsoleText {
    private ConsoleText() {}

    public static String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        for (Section s : reply.sections()) {
            if (s.title() != null) {
                out.append(s.title()).append(s.text() == null ? "\n" : " — ");
            }
            if (s.text() != null) {
                out.append(s.text()).append('\n');
            }
            for (Citation c : s.quotes()) {
                out.append("    ").append(Quotation.of(c.sentence())).append('\n');
                out.append("    — ").append(Quotation.source(c)).append('\n');
            }
            for (Citation c : s.cited()) {
                out.append("    — ").append(Quotation.source(c)).append('\n');
            }
        }
        List<Button> choices = reply.choices();
        for (int i = 0; i < choices.size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(choices.get(i).label()).append('\n');
        }
        if (!choices.isEmpty()) {
            out.append("(Type the number of your choice.)\n");
        }
        return out.toString();
    }
}
