package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.answer.QuestionAnswerer;
import talkbot.model.ChatRef;
import talkbot.chat.ChatService;
import talkbot.chat.Reply;
import talkbot.chat.Surface;
import talkbot.corpus.Corpus;
import talkbot.corpus.CorpusLoader;
import talkbot.store.SqliteStore;
import talkbot.summary.CorpusSummarizer;

/** The real core's replies, from the shipped corpus, rendered for Slack within its limits. */
class SlackWithRealCoreTest {
    @TempDir
    static Path dir;

    private static SqliteStore store;
    private static ChatService chat;
    private static final ChatRef CHANNEL = new ChatRef("slack", "C0CHAN01");

    @BeforeAll
    static void load() {
        Corpus corpus = CorpusLoader.load(Path.of("corpus"));
        CorpusSummarizer summarizer = new CorpusSummarizer(corpus);
        store = SqliteStore.open(dir);
        chat = new ChatService(QuestionAnswerer.over(corpus, summarizer), summarizer, corpus.infos(), store);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void aQuestionRendersWithTheDirectAnswerInBoldAndItsSource() {
        SlackMessage m = SlackBlocks.render(ask("Who leads China's delegation?"));

        assertThat(firstSection(m.blocks())).startsWith("*").containsIgnoringCase("He Lifeng");
        assertThat(m.blocks()).extracting(LayoutBlock::getType).contains("context");
    }

    @Test
    void everyCommandsReplyFitsSlacksLimits() {
        Surface surface = new SlackRequests(c -> Optional.empty()).surface("/talks");
        for (Reply reply : List.of(chat.help(surface), chat.start(surface), chat.sources(),
                chat.summary(CHANNEL), ask("What is the weather in Paris?"))) {
            SlackMessage m = SlackBlocks.render(reply);
            assertThat(m.blocks()).isNotEmpty().hasSizeLessThanOrEqualTo(SlackBlocks.MAX_BLOCKS);
            assertThat(m.text()).isNotBlank();
            for (LayoutBlock b : m.blocks()) {
                text(b).ifPresent(t -> assertThat(t.length()).isLessThanOrEqualTo(SlackBlocks.MAX_SECTION_CHARS));
            }
        }
    }

    private static Reply ask(String question) {
        return Reply.of(chat.answerer().answer(question));
    }

    private static String firstSection(List<LayoutBlock> blocks) {
        return text(blocks.get(0)).orElseThrow();
    }

    private static Optional<String> text(LayoutBlock b) {
        return b instanceof SectionBlock s ? Optional.of(((MarkdownTextObject) s.getText()).getText()) : Optional.empty();
    }
}
