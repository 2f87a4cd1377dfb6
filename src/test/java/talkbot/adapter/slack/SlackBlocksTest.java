package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;

class SlackBlocksTest {
    private static final Citation QUOTE = new Citation("a1", "Talks resume in London", LocalDate.of(2025, 6, 9),
            "He Lifeng leads China's delegation.");

    @Test
    void anAnswerIsABoldDirectAnswerWithTheReplyAndAContextBlockOfSources() {
        SlackMessage m = SlackBlocks.render(new Reply(List.of(
                new Section("He Lifeng", "Vice Premier He Lifeng leads China's delegation.", List.of(QUOTE)))));

        assertThat(m.blocks()).hasSize(2);
        assertThat(sectionText(m.blocks().get(0)))
                .isEqualTo("*He Lifeng*\nVice Premier He Lifeng leads China's delegation.");
        assertThat(contextTexts(m.blocks().get(1)))
                .containsExactly("“He Lifeng leads China's delegation.” — _Talks resume in London_, 9 June 2025");
        assertThat(m.text()).isEqualTo("He Lifeng: Vice Premier He Lifeng leads China's delegation.");
    }

    @Test
    void userAndCorpusTextIsEscapedEverywhere() {
        String hostile = "<!channel> & <https://evil.example|click> <@U123>";
        Citation quote = new Citation("a1", "A <b> & <!here>", LocalDate.of(2025, 6, 9), "Quote <!everyone> & more");
        SlackMessage m = SlackBlocks.render(new Reply(List.of(new Section(hostile, hostile, List.of(quote)))));

        String escaped = "&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt; &lt;@U123&gt;";
        assertThat(sectionText(m.blocks().get(0))).isEqualTo("*" + escaped + "*\n" + escaped);
        assertThat(contextTexts(m.blocks().get(1)).get(0))
                .isEqualTo("“Quote &lt;!everyone&gt; &amp; more” — _A &lt;b&gt; &amp; &lt;!here&gt;_, 9 June 2025");
        assertThat(m.text()).isEqualTo(escaped + ": " + escaped);
        for (String text : allTexts(m)) {
            assertThat(text).doesNotContain("<").doesNotContain(">");
        }
    }

    @Test
    void sectionsWithoutQuotesShareOneBlock() {
        Reply help = new Reply(List.of(
                Section.text("Commands:"),
                Section.titled("/talks QUESTION", "answer a question"),
                Section.titled("/talks help", "every command")));

        List<LayoutBlock> blocks = SlackBlocks.blocks(help);

        assertThat(blocks).hasSize(1);
        assertThat(sectionText(blocks.get(0)))
                .isEqualTo("Commands:\n*/talks QUESTION*\nanswer a question\n*/talks help*\nevery command");
    }

    @Test
    void aHeadingStaysWithThePointAfterItAndEachPointKeepsItsSource() {
        Reply summary = new Reply(List.of(
                Section.titled("Key points", null),
                new Section(null, "• They met in London.", List.of(QUOTE)),
                new Section(null, "• Talks went on.", List.of(QUOTE))));

        List<LayoutBlock> blocks = SlackBlocks.blocks(summary);

        assertThat(blocks).extracting(LayoutBlock::getType).containsExactly("section", "context", "section", "context");
        assertThat(sectionText(blocks.get(0))).isEqualTo("*Key points*\n• They met in London.");
    }

    @Test
    void longTextIsSplitIntoSectionsOfAtMost3000CharactersWithoutBreakingAnEntity() {
        StringBuilder raw = new StringBuilder();
        for (int i = 0; i < 800; i++) {
            raw.append("R&D <x> ");
        }
        SlackMessage m = SlackBlocks.render(Reply.text(raw.toString().strip()));

        assertThat(m.blocks().size()).isGreaterThan(1);
        StringBuilder joined = new StringBuilder();
        for (LayoutBlock b : m.blocks()) {
            String text = sectionText(b);
            assertThat(text.length()).isLessThanOrEqualTo(SlackBlocks.MAX_SECTION_CHARS);
            assertThat(text).doesNotEndWith("&").doesNotEndWith("&am").doesNotEndWith("&l");
            joined.append(text).append(' ');
        }
        assertThat(joined.toString().replaceAll("\\s+", " ").strip())
                .isEqualTo(SlackText.escape(raw.toString()).replaceAll("\\s+", " ").strip());
    }

    @Test
    void aHugeReplyKeepsTo50BlocksAndSaysItWasShortened() {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            sections.add(new Section(null, "• point " + i, List.of(QUOTE)));
        }

        List<LayoutBlock> blocks = SlackBlocks.blocks(new Reply(sections));

        assertThat(blocks).hasSize(SlackBlocks.MAX_BLOCKS);
        assertThat(sectionText(blocks.get(blocks.size() - 1))).isEqualTo(SlackBlocks.SHORTENED);
    }

    @Test
    void moreThanTenQuotesTakeSeveralContextBlocks() {
        List<Citation> quotes = Collections.nCopies(23, QUOTE);

        List<LayoutBlock> blocks = SlackBlocks.blocks(new Reply(List.of(new Section("A", "b", quotes))));

        assertThat(blocks).extracting(LayoutBlock::getType).containsExactly("section", "context", "context", "context");
        assertThat(blocks.subList(1, 4)).extracting(b -> ((ContextBlock) b).getElements().size())
                .containsExactly(10, 10, 3);
    }

    @Test
    void longQuotesAndTheFallbackAreShortened() {
        String sentence = "word ".repeat(400).strip();
        Citation longQuote = new Citation("a1", "T", LocalDate.of(2025, 6, 9), sentence);
        SlackMessage m = SlackBlocks.render(new Reply(List.of(new Section(null, "x ".repeat(3000), List.of(longQuote)))));

        String quote = contextTexts(m.blocks().get(m.blocks().size() - 1)).get(0);
        assertThat(quote).contains("…”").hasSizeLessThan(SlackBlocks.MAX_QUOTE_CHARS + 40);
        assertThat(m.text().length()).isLessThanOrEqualTo(SlackBlocks.MAX_FALLBACK_CHARS);
    }

    @Test
    void aQuoteOnlySectionStillHasAFallbackText() {
        SlackMessage m = SlackBlocks.render(new Reply(List.of(new Section(null, null, List.of(QUOTE)))));

        assertThat(m.blocks()).extracting(LayoutBlock::getType).containsExactly("context");
        assertThat(m.text()).isEqualTo("“He Lifeng leads China's delegation.”");
    }

    private static String sectionText(LayoutBlock block) {
        assertThat(block).isInstanceOf(SectionBlock.class);
        MarkdownTextObject text = (MarkdownTextObject) ((SectionBlock) block).getText();
        return text.getText();
    }

    private static List<String> contextTexts(LayoutBlock block) {
        assertThat(block).isInstanceOf(ContextBlock.class);
        return ((ContextBlock) block).getElements().stream().map(e -> ((MarkdownTextObject) e).getText()).toList();
    }

    private static List<String> allTexts(SlackMessage m) {
        List<String> texts = new ArrayList<>();
        texts.add(m.text());
        for (LayoutBlock b : m.blocks()) {
            texts.addAll(b instanceof SectionBlock ? List.of(sectionText(b)) : contextTexts(b));
        }
        return texts;
    }
}
