package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A law the articles name by its initials is a topic, not an organisation the talks are between. */
class TextEntitiesTest {
    @Test
    void aLawWithInitialsIsATopicNotAParty() {
        Corpus corpus = CorpusLoader.load(Path.of("src/test/resources/corpora/dates"));
        assertThat(corpus.entities()).filteredOn(e -> e.name().equals("Water Security Law"))
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(Entity.EntityType.TOPIC);
                    assertThat(e.aliases()).contains("WSL");
                });
    }
}
