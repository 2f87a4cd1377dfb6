package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import talkbot.chat.ChatService;
import talkbot.corpus.CorpusLoader;
import talkbot.summary.CorpusSummarizer;
import talkbot.summary.KeyPoint;
import talkbot.summary.Summary;

/** The daily summary (with a "new since" part) as one Slack message within Slack's limits. */
class SlackSummaryRenderingTest {

    @Test
    void theSummaryFitsOneMessageWithEveryPointAndItsSource() {
        Summary summary = new CorpusSummarizer(CorpusLoader.load(Path.of("corpus"))).summarize(Set.of());
        assertThat(summary.newSince()).isNotEmpty();
        SlackMessage m = SlackBlocks.render(ChatService.render(summary));

        assertThat(m.blocks()).hasSizeLessThanOrEqualTo(SlackBlocks.MAX_BLOCKS);
        List<String> sections = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (LayoutBlock b : m.blocks()) {
            if (b instanceof SectionBlock s) {
                String text = ((MarkdownTextObject) s.getText()).getText();
                assertThat(text.length()).isLessThanOrEqualTo(SlackBlocks.MAX_SECTION_CHARS);
                sections.add(text);
            } else {
                ((ContextBlock) b).getElements().forEach(e -> quotes.add(((MarkdownTextObject) e).getText()));
            }
        }
        String all = String.join("\n", sections);
        assertThat(all).doesNotContain(SlackBlocks.SHORTENED);
        assertThat(all).startsWith("*" + summary.title() + "*\n*New since the last summary*\n• ");
        assertThat(all.indexOf("*Key points*")).isGreaterThan(all.indexOf("*New since the last summary*"));
        List<KeyPoint> points = new ArrayList<>(summary.newSince());
        points.addAll(summary.points());
        assertThat(quotes).hasSize(points.size());
        for (int i = 0; i < points.size(); i++) {
            assertThat(all).contains("• " + SlackText.escape(points.get(i).text()));
            assertThat(quotes.get(i)).startsWith("“" + SlackText.escape(points.get(i).source().sentence()) + "”");
        }
        assertThat(m.text()).startsWith(summary.title());
    }
}
