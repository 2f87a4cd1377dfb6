package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.answer.Answerer;
import talkbot.answer.Cores;
import talkbot.chat.Reply;
import talkbot.corpus.Text;
import talkbot.testing.HostileInputs;

/**
 * 100,000 seeded hostile inputs (and the core's answers to 10,000 of them) rendered for Telegram:
 * every message is within 4096 characters, is HTML Telegram accepts (every '<' and '&' of the text
 * escaped) and holds no lone surrogate.
 */
class TelegramHtmlFuzzTest {
    @Test
    void hostileTextAlwaysRendersToValidBoundedHtml() {
        HostileInputs inputs = new HostileInputs(20250609L);
        Answerer core = Cores.project();
        for (int i = 0; i < 100_000; i++) {
            HostileInputs.Input in = inputs.get(i);
            check(in.describe(), TelegramHtml.messages(HostileInputs.asReply(in)));
            if (i % 10 == 0) {
                check(in.describe(), TelegramHtml.messages(Reply.of(core.answer(in.text()))));
            }
        }
    }

    private static void check(String what, List<String> messages) {
        assertThat(messages).as(what).isNotEmpty();
        for (String m : messages) {
            assertThat(m.length()).as(what).isLessThanOrEqualTo(TelegramHtml.MAX_MESSAGE_CHARS);
            assertThat(HtmlCheck.problem(m)).as(what).isEmpty();
            assertThat(Text.wellFormed(m)).as(what + ": a lone surrogate").isEqualTo(m);
        }
    }
}
