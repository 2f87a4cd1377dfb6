package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BotProfileTest {
    @TempDir
    Path dir;

    @Test
    void theProjectCorpusSaysWhatItIsAbout() {
        BotProfile p = BotProfile.load(Path.of("corpus"));
        assertThat(p.topic()).isEqualTo("US–China trade talks");
        assertThat(p.greeting()).startsWith("Hello!").contains("US–China trade talks");
        assertThat(p.help()).contains("US–China trade talks");
        assertThat(p.suggest()).startsWith("I can tell you");
        assertThat(p.examples()).hasSize(5).first().isEqualTo("Who leads China's delegation?");
        assertThat(p.description()).endsWith(".");
    }

    @Test
    void anotherCorpusNeedsNoCodeToBeAboutOtherTalks() throws Exception {
        Files.writeString(dir.resolve(BotProfile.FILE), "topic=Norway–Iceland mackerel talks\n"
                + "greeting=Hi! Ask me about the mackerel talks.\nexample.2=Second?\nexample.1=First?\nexample.10=Tenth?\n");
        BotProfile p = BotProfile.load(dir);
        assertThat(p.topic()).isEqualTo("Norway–Iceland mackerel talks");
        assertThat(p.greeting()).isEqualTo("Hi! Ask me about the mackerel talks.");
        assertThat(p.examples()).containsExactly("First?", "Second?", "Tenth?");
        assertThat(p.help()).as("left out: neutral").isEqualTo(BotProfile.defaults().help());
    }

    @Test
    void withoutTheFileTheTextsAreNeutral() {
        BotProfile p = BotProfile.load(dir);
        assertThat(p).isEqualTo(BotProfile.defaults());
        assertThat(p.greeting() + p.help() + p.suggest() + p.topic()).doesNotContain("China", "US", "London");
    }

    @Test
    void aMisspeltKeyOrAnOverlongTopicIsRefusedNamingTheFile() throws Exception {
        Files.writeString(dir.resolve(BotProfile.FILE), "gretting=Hi\n");
        assertThatThrownBy(() -> BotProfile.load(dir)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("bot.properties").hasMessageContaining("'gretting'");
        Files.writeString(dir.resolve(BotProfile.FILE), "topic=" + "x".repeat(81) + "\n");
        assertThatThrownBy(() -> BotProfile.load(dir)).hasMessageContaining("topic");
        Files.writeString(dir.resolve(BotProfile.FILE), "example.one=Hi?\n");
        assertThatThrownBy(() -> BotProfile.load(dir)).hasMessageContaining("example.1");
    }
}
