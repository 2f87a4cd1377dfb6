package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {

    /** Every message fits, is valid Telegram HTML, and together they say what the text said. */
    private static void assertWellSplit(String html, int limit, List<String> messages) {
        assertThat(messages).isNotEmpty().allSatisfy(m -> {
            assertThat(m.length()).isLessThanOrEqualTo(limit);
            assertThat(HtmlCheck.problem(m)).as("problem in %s", m).isEmpty();
            assertThat(m).isEqualTo(m.strip());
            assertThat(TelegramHtml.toPlainText(m)).isNotBlank();
        });
        String original = TelegramHtml.toPlainText(html).replaceAll("\\s+", "");
        String joined = String.join("", messages.stream().map(TelegramHtml::toPlainText).toList()).replaceAll("\\s+", "");
        assertThat(joined).isEqualTo(original);
    }

    @Test
    void aShortTextIsOneMessageAsItIs() {
        assertThat(MessageSplitter.split("<b>hi</b> &amp; bye", 4096)).containsExactly("<b>hi</b> &amp; bye");
        assertThat(MessageSplitter.split("  \n ", 4096)).isEmpty();
    }

    @Test
    void splitsAtSectionBoundariesFirst() {
        String a = "<b>One</b>\n" + "a".repeat(30);
        String b = "<b>Two</b>\n" + "b".repeat(30);
        String c = "<b>Three</b>\n" + "c".repeat(30);
        String html = a + "\n\n" + b + "\n\n" + c;

        List<String> messages = MessageSplitter.split(html, 100);

        assertThat(messages).containsExactly(a + "\n\n" + b, c);
        assertWellSplit(html, 100, messages);
    }

    @Test
    void anOversizedSectionSplitsAtLineEndsThenAtSpaces() {
        String lines = "first line here\nsecond line here\nthird line here\nfourth line here";
        assertThat(MessageSplitter.split(lines, 40)).containsExactly(
                "first line here\nsecond line here", "third line here\nfourth line here");

        String words = "alpha beta gamma delta epsilon zeta eta theta iota kappa";
        List<String> messages = MessageSplitter.split(words, 20);
        assertThat(messages).containsExactly("alpha beta gamma", "delta epsilon zeta", "eta theta iota kappa");
    }

    @Test
    void tagsOpenAtABreakAreClosedAndOpenedAgain() {
        String html = "<blockquote>“" + "word ".repeat(30).strip() + "”\n— <i>Title</i>, 9 June 2025</blockquote>";

        List<String> messages = MessageSplitter.split(html, 60);

        assertThat(messages).hasSizeGreaterThan(2);
        assertThat(messages).allSatisfy(m -> assertThat(m).startsWith("<blockquote>").endsWith("</blockquote>"));
        assertWellSplit(html, 60, messages);
    }

    @Test
    void entitiesAndSurrogatePairsAreNeverCut() {
        String html = "&amp;&lt;&gt;🙂".repeat(200);

        List<String> messages = MessageSplitter.split(html, 37);

        assertWellSplit(html, 37, messages);
        assertThat(messages).allSatisfy(m -> {
            assertThat(Character.isLowSurrogate(m.charAt(0))).isFalse();
            assertThat(Character.isHighSurrogate(m.charAt(m.length() - 1))).isFalse();
        });
    }

    @Test
    void aWordLongerThanAMessageIsCutBetweenCharacters() {
        String html = "<b>" + "x".repeat(250) + "</b>";

        List<String> messages = MessageSplitter.split(html, 100);

        assertThat(messages).hasSize(3).allSatisfy(m -> assertThat(m).startsWith("<b>x").endsWith("x</b>"));
        assertWellSplit(html, 100, messages);
    }

    @Test
    void aTagIsNotLeftEmptyAtTheEndOfAMessage() {
        String html = "a".repeat(95) + "<b>" + "b".repeat(20) + "</b>";

        List<String> messages = MessageSplitter.split(html, 100);

        assertThat(messages.get(0)).doesNotContain("<b>");
        assertWellSplit(html, 100, messages);
    }

    @Test
    void randomRepliesAlwaysSplitWell() {
        Random random = new Random(20250609);
        String[] pieces = {"word", "&amp;", "&lt;", "🙂", " ", " ", " ", "\n", "\n\n", "longerwordwithoutspaces",
            "<b>bold text</b>", "<i>it</i>", "<blockquote>quoted “words” here\n— <i>Title</i>, 9 June 2025</blockquote>"};
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder("start");
            int n = 1 + random.nextInt(400);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String html = b.toString();
            int limit = 80 + random.nextInt(400);

            assertWellSplit(html, limit, MessageSplitter.split(html, limit));
        }
    }

    @Test
    void theRealLimitTakesAFullSizeReply() {
        String section = "<b>Title</b> — " + "text &amp; words ".repeat(40).strip();
        String html = String.join("\n\n", java.util.Collections.nCopies(30, section));

        List<String> messages = MessageSplitter.split(html, 4096);

        assertThat(messages).hasSizeGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m).startsWith("<b>Title</b>"));
        assertWellSplit(html, 4096, messages);
    }

    @Test
    void aLimitTooSmallForTheTagsIsRefused() {
        assertThatThrownBy(() -> MessageSplitter.split("<blockquote><b>" + "x".repeat(40) + "</b></blockquote>", 10))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
