package talkbot.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** talkbot/org-kinds.tsv loads; an organisation conflicts with what is asked only when it names another kind and not the asked one. */
class OrgKindsTest {
    @Test
    void aQuestionAndANameNameTheirKinds() {
        assertThat(OrgKinds.of("which think tank is she with")).containsExactly("think-tank");
        assertThat(OrgKinds.of("Galata Investment Bank")).containsExactly("bank");
        assertThat(OrgKinds.of("Maybank")).isEmpty();
    }

    @Test
    void anotherKindConflictsButNoKindDoesNot() {
        Set<String> bank = OrgKinds.of("which bank");
        assertThat(OrgKinds.conflict(bank, "Bergen Institute for International Economics")).isTrue();
        assertThat(OrgKinds.conflict(bank, "XTB, a trading group")).isFalse();
        assertThat(OrgKinds.conflict(bank, "Galata Investment Bank")).isFalse();
        assertThat(OrgKinds.conflict(Set.of(), "Galata Investment Bank")).isFalse();
        assertThat(OrgKinds.conflict(OrgKinds.of("which think tank"), "Korfez Maritime Research, a London-based consultancy")).isTrue();
    }
}
