package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "Headed by Vice Minister of Agriculture and Rural Affairs Ana Soto": the title is no one's name. */
class TitleOfFieldsTest {
    private static final Corpus CORPUS = CorpusLoader.load(Path.of("src/test/resources/corpora/title-of-fields"));

    @Test
    void aTitleBeforeItsFieldsIsNotTheLeader() {
        assertThat(CORPUS.facts()).filteredOn(f -> f.kind() == FactKind.MEMBER).extracting(Fact::value)
                .doesNotContain("Vice Minister").contains("Lars Moe");
        assertThat(CORPUS.entities()).extracting(Entity::name).doesNotContain("Vice Minister").contains("Ana Soto");
    }
}
