package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Two parties' figures in one clause ("Latvia levies an additional 12% on Peruvian copper and Peru charges 7% on Latvian
 * machinery"): each figure is the party's named last before it as its doer, not the clause's first party's.
 */
class PartyFiguresTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("party-figures");

    @Test
    void aFigureIsThePartysThatDoesWhatItMeasures() {
        Answer peru = CORE.answer("what does peru charge on latvian goods under the truce?");
        assertThat(peru.answered()).isTrue();
        assertThat(peru.shortAnswer()).contains("7%").doesNotContain("12%");
        Answer latvia = CORE.answer("what does latvia charge on peruvian goods under the truce?");
        assertThat(latvia.shortAnswer()).contains("12%");
    }
}
