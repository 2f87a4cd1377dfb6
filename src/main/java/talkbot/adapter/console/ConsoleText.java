package talkbot.adapter.console;

import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;

/** Renders a reply as plain text for a terminal: titles stand alone, quotes are indented with their source. */
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
                out.append("    “").append(c.sentence()).append("”\n");
                out.append("    — ").append(c.articleTitle()).append(" (").append(c.published()).append(")\n");
            }
        }
        return out.toString();
    }
}
