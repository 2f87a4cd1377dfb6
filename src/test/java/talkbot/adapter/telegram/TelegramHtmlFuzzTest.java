package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import talkbot.answer.Answerer;
import talkbot.answer.Cores;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;
import talkbot.testing.HostileInputs;

/**
 * 100,000 seeded hostile inputs (and the core's answers to 10,000 of them) rendered for Telegram:
 * every message is within 4096 characters and is well-formed HTML of the tags we use, with every
 * '<' and '&' of the text escaped.
 */
class TelegramHtmlFuzzTest {
    private static final Set<String> TAGS = Set.of("b", "i", "blockquote");

    @Test
    void hostileTextAlwaysRendersToValidBoundedHtml() {
        HostileInputs inputs = new HostileInputs(20250609L);
        Answerer core = Cores.project();
        for (int i = 0; i < 100_000; i++) {
            HostileInputs.Input in = inputs.get(i);
            String text = in.text() == null ? "" : in.text();
            Reply reply = new Reply(List.of(
                    new Section(text, text, List.of(new Citation("a&b", text, LocalDate.of(2025, 6, 9), text))),
                    new Section(null, text, List.of())));
            check(in.describe(), TelegramHtml.messages(reply));
            if (i % 10 == 0) {
                check(in.describe(), TelegramHtml.messages(Reply.of(core.answer(in.text()))));
            }
        }
    }

    private static void check(String what, List<String> messages) {
        assertThat(messages).as(what).isNotEmpty();
        for (String m : messages) {
            assertThat(m.length()).as(what).isLessThanOrEqualTo(TelegramHtml.MAX_MESSAGE_CHARS);
            String problem = problem(m);
            assertThat(problem).as(what).isNull();
        }
    }

    /** Why {@code html} is not well-formed Telegram HTML of our tags, or null when it is. */
    static String problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c == '<') {
                int end = html.indexOf('>', i);
                if (end < 0) {
                    return "an unescaped '<' at " + i;
                }
                String tag = html.substring(i + 1, end);
                boolean closing = tag.startsWith("/");
                String name = closing ? tag.substring(1) : tag;
                if (!TAGS.contains(name)) {
                    return "an unexpected tag <" + tag + ">";
                }
                if (closing) {
                    if (open.isEmpty() || !open.pop().equals(name)) {
                        return "an unbalanced </" + name + ">";
                    }
                } else {
                    open.push(name);
                }
                i = end + 1;
            } else if (c == '>') {
                return "an unescaped '>' at " + i;
            } else if (c == '&') {
                if (!(html.startsWith("&amp;", i) || html.startsWith("&lt;", i) || html.startsWith("&gt;", i)
                        || html.startsWith("&quot;", i))) {
                    return "an unescaped '&' at " + i;
                }
                i++;
            } else if (Character.isHighSurrogate(c) && (i + 1 >= html.length() || !Character.isLowSurrogate(html.charAt(i + 1)))) {
                return "a cut surrogate pair at " + i;
            } else {
                i++;
            }
        }
        return open.isEmpty() ? null : "unclosed <" + open.peek() + ">";
    }
}
