package talkbot.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import talkbot.corpus.CorpusException;

/** corpus/topic.properties decides what add and the feeds keep. */
class TopicTest {
    static final Topic TOPIC = Topic.load(Path.of("corpus"));

    @Test
    void theCorpusArticlesAreOnTopicAndTheMackerelIsNot() throws IOException {
        assertThat(TOPIC.judge("US and China resume high-level trade talks in London",
                Files.readString(Path.of("corpus/us-china-london-talks.txt"))).onTopic()).isTrue();
        assertThat(TOPIC.judge("Talks run into a second day in London", Fixtures.secondDayText()).onTopic()).isTrue();
        Topic.Verdict mackerel = TOPIC.judge("Norway and Iceland", Fixtures.mackerelText());
        assertThat(mackerel.onTopic()).isFalse();
        assertThat(mackerel.why()).startsWith("nothing about china");
    }

    @Test
    void usInCapitalsOnlyAndTheTitleCountsTwice() {
        String text = "China and us: a tariff on trade. Beijing said so.";
        assertThat(TOPIC.judge("", text).why()).startsWith("nothing about us"); // "us" is not the US
        Topic.Verdict withUs = TOPIC.judge("", text.replace("us:", "US:"));
        assertThat(withUs.onTopic()).isFalse();
        assertThat(withUs.why()).isEqualTo("its topic terms occur 5 times, 8 needed");
        assertThat(TOPIC.judge("China and the US talk trade", text.replace("us:", "US:")).onTopic()).isTrue();
    }

    @Test
    void theUsAndChinaWithoutTradeAreOffTopic() {
        String text = "The United States and China held military talks. Washington and Beijing exchanged views on"
                + " Taiwan, and Trump spoke to Xi Jinping about the South China Sea, the US said.";
        Topic.Verdict v = TOPIC.judge("US and China hold military talks", text);
        assertThat(v.onTopic()).isFalse();
        assertThat(v.why()).startsWith("nothing about trade");
        Topic.Verdict once = TOPIC.judge("US and China hold military talks", text + " Trade was not discussed.");
        assertThat(once.why()).isEqualTo("trade mentioned 1 times, 2 needed");
    }

    @Test
    void termsMatchWholeWordsWithAnOptionalEnding() {
        assertThat(Topic.pattern("tariff*").matcher("new tariffs today").find()).isTrue();
        assertThat(Topic.pattern("trade").matcher("tradecraft").find()).isFalse();
        assertThat(Topic.pattern("U.S.").matcher("the U.S. side").find()).isTrue();
        assertThat(Topic.pattern("rare earth*").matcher("rare  earths").find()).isTrue();
        assertThat(Topic.pattern("US").matcher("us").find()).isFalse();
    }

    @Test
    void withoutATopicFileEverythingIsKeptAndABrokenOneIsOneLine(@TempDir Path dir) throws IOException {
        assertThat(Topic.load(dir).judge("", "anything").onTopic()).isTrue();
        Files.writeString(dir.resolve(Topic.FILE), "group.a=x\ncolour=red\n");
        assertThatThrownBy(() -> Topic.load(dir)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("unknown key 'colour'");
        Files.writeString(dir.resolve(Topic.FILE), "group.a=x\nmentions=lots\n");
        assertThatThrownBy(() -> Topic.load(dir)).hasMessageContaining("mentions: expected a whole number, got 'lots'");
    }
}
