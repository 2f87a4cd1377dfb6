package talkbot.adapter.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.answer.Answer;
import talkbot.intent.Intent;
import talkbot.chat.Reply;
import talkbot.chat.Section;
import talkbot.corpus.Citation;

class TelegramHtmlTest {
    static final Citation QUOTE = new Citation("a1", "Talks <resume> in London & more", LocalDate.of(2025, 6, 10),
            "Bessent said \"talks were <fruitful>\" & productive.");

    @Test
    void escapesTheThreeCharactersTelegramHtmlReserves() {
        assertThat(TelegramHtml.escape("who is <b>Bessent</b> & <script>"))
                .isEqualTo("who is &lt;b&gt;Bessent&lt;/b&gt; &amp; &lt;script&gt;");
        assertThat(TelegramHtml.escape("&amp; stays text")).isEqualTo("&amp;amp; stays text");
        assertThat(TelegramHtml.escape("plain, \"quoted\" 'text' — ünïcode 🙂")).isEqualTo(
                "plain, \"quoted\" 'text' — ünïcode 🙂");
    }

    @Test
    void anAnswerShowsTheDirectAnswerInBoldTheReplyAndTheQuotedSourceWithItsTitleAndDate() {
        Reply reply = Reply.of(new Answer("q", true, Intent.SAY, "talks were <fruitful>",
                "Bessent called the talks <fruitful> & productive.", List.of(QUOTE), 0.8));

        assertThat(TelegramHtml.render(reply)).isEqualTo("""
                <b>talks were &lt;fruitful&gt;</b>
                Bessent called the talks &lt;fruitful&gt; &amp; productive.
                <blockquote>“Bessent said "talks were &lt;fruitful&gt;" &amp; productive.”
                — <i>Talks &lt;resume&gt; in London &amp; more</i>, 10 June 2025</blockquote>""");
    }

    @Test
    void anUnansweredReplyIsPlainText() {
        Reply reply = Reply.of(Answer.unanswered("q", Intent.OUT_OF_SCOPE, "I only know about the <London> talks."));

        assertThat(TelegramHtml.render(reply)).isEqualTo("I only know about the &lt;London&gt; talks.");
    }

    @Test
    void listLikeSectionsFollowLineByLineAndTitledOnesKeepTheirTextOnTheSameLine() {
        Reply reply = new Reply(List.of(Section.text("Commands:"), Section.titled("/help", "every command"),
                Section.titled("/ask QUESTION", "answer a question")));

        assertThat(TelegramHtml.render(reply)).isEqualTo("""
                Commands:
                <b>/help</b> — every command
                <b>/ask QUESTION</b> — answer a question""");
    }

    @Test
    void sectionsWithQuotesAreSetApartByBlankLines() {
        Reply reply = new Reply(List.of(Section.titled("Summary", null), new Section(null, "• one", List.of(QUOTE)),
                new Section(null, "• two", List.of(QUOTE))));

        String html = TelegramHtml.render(reply);

        assertThat(html).startsWith("<b>Summary</b>\n\n• one\n<blockquote>").contains("</blockquote>\n\n• two\n");
        assertThat(HtmlCheck.problem(html)).isEmpty();
    }

    @Test
    void everythingRenderedIsValidTelegramHtmlWhateverTheText() {
        List<String> nasty = List.of("<", ">", "&", "&amp;", "&#60;", "<b>", "</b>", "<blockquote>", "a<b c=\"d\">e",
                "x & y < z > w", "&;", "&lt", "<<>>", "🙂&🙂");
        List<Section> sections = new ArrayList<>();
        for (String t : nasty) {
            sections.add(new Section(t, t, List.of(new Citation("id", t, LocalDate.of(2025, 6, 9), t))));
            sections.add(Section.titled(t, t));
        }

        String html = TelegramHtml.render(new Reply(sections));

        assertThat(HtmlCheck.problem(html)).isEmpty();
        assertThat(TelegramHtml.toPlainText(html)).contains(nasty);
    }

    @Test
    void plainTextDropsTagsAndDecodesEntities() {
        assertThat(TelegramHtml.toPlainText("<b>a &lt;b&gt; &amp; c</b>\n<blockquote>“q”</blockquote>"))
                .isEqualTo("a <b> & c\n“q”");
    }

    @Test
    void aLongReplyBecomesSeveralValidMessages() {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            sections.add(new Section("Point " + i, "text & more text ".repeat(8), List.of(QUOTE)));
        }

        List<String> messages = TelegramHtml.messages(new Reply(sections));

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> {
            assertThat(m.length()).isLessThanOrEqualTo(TelegramHtml.MAX_MESSAGE_CHARS);
            assertThat(HtmlCheck.problem(m)).isEmpty();
            assertThat(m).startsWith("<b>Point ");
        });
    }
}
