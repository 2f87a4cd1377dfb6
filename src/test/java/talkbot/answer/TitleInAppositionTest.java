package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title written after the name, however long and hyphenated: ", director-general of the … Ministry's Department of …". */
class TitleInAppositionTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("sides-apposed");

    @Test
    void aLongHyphenatedTitleAfterTheNameIsTheTitle() {
        Answer a = CORE.answer("mette holst - whats her actual title");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("director-general of the Danish Fisheries Ministry");
    }

    @Test
    void anAppositionOpeningWithAPlacesPossessiveIsATitle() {
        // "Fatou Ndiaye, Dakar's international fisheries representative": not the Trade Representative named earlier
        Answer a = Cores.testCorpus("apposed-possessive").answer("who is dakar's international fisheries rep");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Fatou Ndiaye");
    }

    @Test
    void theOrganisationAQuestionNamesIsPartOfTheTitleItAsksFor() {
        // "president of the Moroccan Fishing Boat Owners Federation": the federation's name is the title's, not a name to skip
        Answer a = Cores.testCorpus("apposed-possessive").answer("who heads the moroccan fishing boat owners federation?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Ana Ruiz");
    }
}
