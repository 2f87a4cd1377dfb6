package talkbot.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import talkbot.chat.ChatService;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;
import talkbot.corpus.CorpusLoader;

/**
 * The summary as a platform-neutral reply. (Telegram HTML and Slack blocks render this reply; their
 * tests belong with the adapters.)
 */
class SummaryRenderingTest {
    static final Citation A = new Citation("a", "Article A", LocalDate.of(2025, 6, 9), "Sentence A.");
    static final Citation B = new Citation("b", "Article B", LocalDate.of(2025, 6, 10), "Sentence B.");

    @Test
    void theTitleThenAPointASectionEachWithItsQuote() {
        Summary s = new Summary("Key points", List.of(),
                List.of(new KeyPoint("Point one.", A), new KeyPoint("Point two.", B)), Set.of("a", "b"));
        List<Section> sections = ChatService.render(s).sections();
        assertThat(sections).containsExactly(
                new Section("Key points", null, List.of()),
                new Section(null, "• Point one.", List.of(A)),
                new Section(null, "• Point two.", List.of(B)));
    }

    @Test
    void whatIsNewLeadsUnderItsOwnHeadingThenTheKeyPoints() {
        Summary s = new Summary("Key points", List.of(new KeyPoint("New one.", B)),
                List.of(new KeyPoint("Point one.", A)), Set.of("a", "b"));
        List<Section> sections = ChatService.render(s).sections();
        assertThat(sections).extracting(Section::title)
                .containsExactly("Key points", "New since the last summary", null, "Key points", null);
        assertThat(sections.get(2)).isEqualTo(new Section(null, "• New one.", List.of(B)));
        assertThat(sections.get(4)).isEqualTo(new Section(null, "• Point one.", List.of(A)));
    }

    @Test
    void theRealSummaryRendersEveryPointWithItsSource() {
        Summary s = new CorpusSummarizer(CorpusLoader.load(Path.of("corpus"))).summarize(null);
        Reply r = ChatService.render(s);
        assertThat(r.sections()).hasSize(1 + s.points().size());
        assertThat(r.sections().get(0).title()).isEqualTo(s.title());
        for (int i = 0; i < s.points().size(); i++) {
            Section section = r.sections().get(i + 1);
            assertThat(section.text()).isEqualTo("• " + s.points().get(i).text());
            assertThat(section.quotes()).containsExactly(s.points().get(i).source());
        }
    }
}
