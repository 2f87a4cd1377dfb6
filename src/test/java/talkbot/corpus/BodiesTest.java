package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a relative clause says of a body ("…Council, which represents General Motors,") is no title, and the body is no person. */
class BodiesTest {
    @Test
    void aBodyDescribedByARelativeClauseIsNoPerson() {
        Corpus corpus = CorpusLoader.load(Path.of("src/test/resources/corpora/bodies"));
        assertThat(corpus.entities()).filteredOn(e -> e.type() == Entity.EntityType.PERSON)
                .extracting(Entity::name).noneMatch(n -> n.endsWith("Council"));
        assertThat(corpus.facts()).noneMatch(f -> f.value().startsWith("which "));
    }
}
