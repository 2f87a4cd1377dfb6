package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {

    @Test
    void escapesTheThreeMarkupCharacters() {
        assertThat(SlackText.escape("<!channel> & <https://evil|click>"))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;https://evil|click&gt;");
        assertThat(SlackText.escape("already &amp;")).isEqualTo("already &amp;amp;");
        assertThat(SlackText.escape(null)).isEmpty();
        assertThat(SlackText.escape("*bold* _it_ `code`")).isEqualTo("*bold* _it_ `code`");
    }

    @Test
    void unescapesWhatSlackEscaped() {
        assertThat(SlackText.unescape("R&amp;D &lt;3 &gt; &amp;lt;")).isEqualTo("R&D <3 > &lt;");
    }

    @Test
    void theQuestionInAMentionLosesTheBotsMention() {
        assertThat(SlackText.question("<@UBOT> Who leads   China's delegation?", "UBOT"))
                .isEqualTo("Who leads China's delegation?");
        assertThat(SlackText.question("Hey <@UBOT|talkbot>, where? <@UBOT>", "UBOT")).isEqualTo("Hey , where?");
        assertThat(SlackText.question("<@UBOT> ask <@UOTHER|bob> about R&amp;D", "UBOT")).isEqualTo("ask @bob about R&D");
        assertThat(SlackText.question("<@UBOT> typed &lt;!channel&gt;", "UBOT")).isEqualTo("typed <!channel>");
        assertThat(SlackText.question("<@UANY> where?", null)).isEqualTo("where?");
        assertThat(SlackText.question(null, "UBOT")).isEmpty();
    }

    @Test
    void slacksMarkupBecomesWhatPeopleSee() {
        assertThat(SlackText.plain("<@U1|alice> in <#C1|general> via <https://x.example/a?b=1|this link> <!here>"))
                .isEqualTo("@alice in #general via this link ");
        assertThat(SlackText.plain("<https://x.example> <mailto:a@b.example|a@b.example> <@U1> <!subteam^S1|@team>"))
                .isEqualTo("https://x.example a@b.example  @team");
        assertThat(SlackText.plain("no markup &lt;here&gt;")).isEqualTo("no markup &lt;here&gt;");
    }

    @Test
    void cutsNeverSplitAnEntity() {
        String escaped = SlackText.escape("a".repeat(98) + "&&&&");
        for (int max = 95; max < escaped.length(); max++) {
            String head = escaped.substring(0, SlackText.cutPoint(escaped, max));
            assertThat(head.length()).isLessThanOrEqualTo(max);
            assertThat(head.replace("&amp;", "")).doesNotContain("&");
        }
    }

    @Test
    void cutsPreferLineBreaksThenSpaces() {
        // only within the last fifth of the allowance (here from 15 to 18)
        assertThat(SlackText.cutPoint("aaaaaaaaaaaaaa b\ncc dd", 18)).isEqualTo(16);
        assertThat(SlackText.cutPoint("aaaaaaaaaaaaaaaa bbbb\ncc", 18)).isEqualTo(16);
        assertThat(SlackText.cutPoint("aaaa\naaaaaaaaaaaaaaaaaaaaa", 18)).isEqualTo(18);
        assertThat(SlackText.cutPoint("short", 10)).isEqualTo(5);
    }

    @Test
    void shortensRawTextAtAWord() {
        assertThat(SlackText.shorten("one two three four", 12)).isEqualTo("one two…");
        assertThat(SlackText.shorten("short", 12)).isEqualTo("short");
    }
}
