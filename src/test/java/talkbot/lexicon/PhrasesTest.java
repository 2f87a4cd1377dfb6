package talkbot.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Chat phrases and shorthand read as the words articles use. */
class PhrasesTest {
    private final Phrases phrases = Phrases.load();

    @Test
    void readsChatPhrasesAsPlainWords() {
        assertThat(phrases.plain("when does the truce run out")).isEqualTo("when does the truce expire");
        assertThat(phrases.plain("why did trump slap a tariff on china")).isEqualTo("why did trump impose a tariff on china");
        assertThat(phrases.plain("what would the levy have gone back up to")).isEqualTo("what would the levy have snapped back to");
        // pushing back a measure delays it; pushing back against one (phrasal-verbs.tsv) resists it
        assertThat(phrases.plain("how long is china pushing back its new export controls for"))
                .isEqualTo("how long is china delaying its new export controls for");
        assertThat(phrases.plain("did china push back against the rules")).isEqualTo("did china push back against the rules");
    }

    @Test
    void readsRoundNumbersAsTheOrdinalsArticlesWrite() {
        assertThat(phrases.plain("where was round 2 held")).isEqualTo("where was second round held");
        assertThat(phrases.plain("was istanbul the 3rd round")).isEqualTo("was istanbul the third round");
        // any count, not a list of the first few: "round 6" was left as it is
        assertThat(phrases.plain("what day did round 6 kick off")).isEqualTo("what day did sixth round kick off");
        assertThat(phrases.plain("Round Seven in Cartagena")).isEqualTo("seventh round in Cartagena");
        assertThat(phrases.plain("round #14 where")).isEqualTo("14th round where");
        assertThat(phrases.plain("round 21 and round 12")).isEqualTo("21st round and twelfth round");
        // not a count: a figure or a share after "round"
        assertThat(phrases.plain("a round 10% cut")).isEqualTo("a round 10% cut");
        assertThat(phrases.plain("round 2.5 billion")).isEqualTo("round 2.5 billion");
        // no round is counted by nought: "round 0" was read as "null round"
        assertThat(phrases.plain("round 0 of the talks")).isEqualTo("round 0 of the talks");
        assertThat(phrases.plain("what did they agree in lisbon back in november")).isEqualTo("what did they agree in lisbon in november");
    }

    @Test
    void readsFigureShorthand() {
        assertThat(phrases.plain("what could the 20pc tariff knock off growth")).isEqualTo("what could the 20% tariff cut growth");
        assertThat(phrases.plain("how will the $550bn be funded")).isEqualTo("how will the $550 billion be funded");
        assertThat(phrases.plain("a 3 mln order, 1.5tn in debt")).isEqualTo("a 3 million order, 1.5 trillion in debt");
        assertThat(phrases.plain("the pc maker and the bn ratio")).isEqualTo("the pc maker and the bn ratio");
    }
}
