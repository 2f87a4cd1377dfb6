package talkbot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.corpus.Entity;
import talkbot.index.Vocabulary;

class EntityMatcherTest {
    private static final Entity GREER = new Entity(Entity.EntityType.PERSON, "Jamieson Greer", List.of("USTR", "Greer"));
    private static final Entity PREMIER = new Entity(Entity.EntityType.PERSON, "Li Qiang", List.of("Premier"));
    private static final EntityMatcher MATCHER = new EntityMatcher(List.of(GREER, PREMIER));

    @Test
    void aNameThatIsATitleNamesItsHolder() {
        assertThat(MATCHER.find(Vocabulary.words("what did the ustr say about export controls"))).containsExactly(GREER);
        assertThat(MATCHER.find(Vocabulary.words("what did the premier say"))).containsExactly(PREMIER);
    }

    @Test
    void theDeputyOfATitleIsSomeoneElse() {
        assertThat(MATCHER.find(Vocabulary.words("what did the deputy ustr say about export controls"))).isEmpty();
        assertThat(MATCHER.find(Vocabulary.words("what did the vice premier say"))).isEmpty();
    }
}
