package talkbot.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** talkbot/person-roles.tsv loads, and a title conflicts with what is asked only when it names another group and not the asked one. */
class PersonRolesTest {
    @Test
    void aTitleNamesItsGroupInAnyCase() {
        assertThat(PersonRoles.of("Chief Japan Economist at Harbourline Securities")).containsExactly("commentator");
        assertThat(PersonRoles.of("who was japans chief negotiator in osaka")).containsExactly("official");
        assertThat(PersonRoles.of("head of Asia trade")).isEmpty(); // "head" is of both
    }

    @Test
    void aTitleConflictsOnlyWhenItNamesAnotherGroupAlone() {
        Set<String> official = Set.of("official");
        assertThat(PersonRoles.conflict(official, "chief economist at Kansai Mirai Research")).isTrue();
        assertThat(PersonRoles.conflict(official, "vice-minister for international affairs")).isFalse();
        assertThat(PersonRoles.conflict(official, "director-general of the bureau")).isFalse(); // says neither
        assertThat(PersonRoles.conflict(official, "former minister and senior fellow")).isFalse(); // says both
        assertThat(PersonRoles.conflict(official, null)).isFalse();
        assertThat(PersonRoles.conflict(Set.of(), "chief economist")).isFalse();
    }
}
