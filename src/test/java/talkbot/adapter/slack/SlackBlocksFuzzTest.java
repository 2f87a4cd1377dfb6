package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.answer.Answerer;
import talkbot.answer.Cores;
import talkbot.chat.Reply;
import talkbot.testing.HostileInputs;

/**
 * 100,000 seeded hostile inputs (and the core's answers to 10,000 of them) rendered for Slack:
 * within Block Kit's limits (50 blocks, 3000 characters a section, 10 context elements), and no
 * '<', '>' or bare '&' left in any text, so nothing becomes a mention, a link or @channel.
 */
class SlackBlocksFuzzTest {
    @Test
    void hostileTextAlwaysRendersToSafeBoundedBlocks() {
        HostileInputs inputs = new HostileInputs(20250609L);
        Answerer core = Cores.project();
        for (int i = 0; i < 100_000; i++) {
            HostileInputs.Input in = inputs.get(i);
            check(in.describe(), SlackBlocks.render(HostileInputs.asReply(in)));
            if (i % 10 == 0) {
                check(in.describe(), SlackBlocks.render(Reply.of(core.answer(in.text()))));
            }
        }
    }

    private static void check(String what, SlackMessage m) {
        assertThat(m.blocks()).as(what).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        List<String> texts = new ArrayList<>();
        for (LayoutBlock b : m.blocks()) {
            if (b instanceof SectionBlock s) {
                assertThat(s.getText().getText().length()).as(what).isLessThanOrEqualTo(3000);
                texts.add(s.getText().getText());
            } else if (b instanceof ContextBlock c) {
                assertThat(c.getElements()).as(what).hasSizeLessThanOrEqualTo(10);
                for (var e : c.getElements()) {
                    if (e instanceof MarkdownTextObject t) {
                        assertThat(t.getText().length()).as(what).isLessThanOrEqualTo(3000);
                        texts.add(t.getText());
                    } else if (e instanceof TextObject) {
                        throw new AssertionError(what + ": an unexpected text element " + e);
                    }
                }
            }
        }
        texts.add(m.text());
        for (String t : texts) {
            assertThat(t).as(what).doesNotContain("<").doesNotContain(">");
            assertThat(t.replace("&amp;", "").replace("&lt;", "").replace("&gt;", "")).as(what).doesNotContain("&");
        }
    }
}
