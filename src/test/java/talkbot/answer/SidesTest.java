package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "Who led Iceland's team" is answered by the people a sentence puts on Iceland's side, not by everyone it names. */
class SidesTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/sides"));

    @Test
    void theSideAskedAboutDecidesWhichPeopleAnswer() {
        Answer iceland = CORE.answer("who was on iceland's team in oslo?");
        assertThat(iceland.answered()).isTrue();
        assertThat(iceland.shortAnswer()).containsAnyOf("Kari Holm", "Sigurdsson").doesNotContain("Brekke").doesNotContain("Lund");
        Answer norway = CORE.answer("who was on the norwegian side?");
        assertThat(norway.answered()).isTrue();
        assertThat(norway.shortAnswer()).containsAnyOf("Ola Brekke", "Lund").doesNotContain("Holm").doesNotContain("Sigurdsson");
    }

    @Test
    void aPossessiveTypedWithoutItsApostropheStillSaysTheSide() {
        Answer norway = CORE.answer("who was norways top negotiator in oslo");
        assertThat(norway.answered()).isTrue();
        assertThat(norway.shortAnswer()).containsAnyOf("Ola Brekke", "Lund").doesNotContain("Holm").doesNotContain("Sigurdsson");
        Answer iceland = CORE.answer("whos icelands top official");
        assertThat(iceland.shortAnswer()).containsAnyOf("Kari Holm", "Sigurdsson").doesNotContain("Brekke").doesNotContain("Lund");
    }

    @Test
    void aTitleInAppositionSaysTheSideBeforeAnotherPersonsTitleDoes() {
        // "Moreau (whose title names Denmark too) and Mette Holst, director-general of the Danish Fisheries Ministry's …"
        Answer a = Cores.testCorpus("sides-apposed").answer("who's the danish lead negotiator in torshavn");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Mette Holst").doesNotContain("Moreau");
    }

    @Test
    void onTheSideOfACountryThatFollowsTheName() {
        // "led by Sigurdsson on the Icelandic side and by Lund on the Norwegian side"
        Answer a = CORE.answer("who leads the committee for the norwegian side?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Lund").doesNotContain("Sigurdsson");
    }

    @Test
    void whatSomeoneSaidIsNotWhatAnotherSaidWithThemInTheSentence() {
        Answer holm = CORE.answer("what did holm say?");
        assertThat(holm.answered()).isTrue();
        assertThat(holm.shortAnswer()).doesNotContain("partnership");
        // Brekke's words about a partnership with Holm are not Holm's: answered by Holm's own words or not at all
        Answer partnership = CORE.answer("what did holm say about a partnership on salmon?");
        assertThat(partnership.answered() ? partnership.shortAnswer() : "").doesNotContain("partnership");
    }

    @Test
    void howLongPeopleMetIsNotASpanOfTimeDescribingSomethingElse() {
        // "The five-year quota deal was reviewed by officials who met for two days"
        Answer a = CORE.answer("how long did the officials meet at the ministry?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("two days");
    }

    @Test
    void byWhenAsksForTheDeadlineNotTheDayItWasSaid() {
        Answer a = CORE.answer("by when does holm want the feed deal ready?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("June");
    }

    @Test
    void aCountOfOneThingIsNotANumberJoinedToAnotherUnitOrAnotherMonth() {
        Answer floors = CORE.answer("how many floors does the ministry tower have?");
        assertThat(floors.answered() ? floors.shortAnswer() : "").doesNotContain("40");
        // the talks ended on Wednesday 4 March: nothing says what happened in June
        Answer june = CORE.answer("what day in may did the salmon talks end?");
        assertThat(june.answered() ? june.shortAnswer() : "").doesNotContain("March");
    }

    @Test
    void aTitleInAppositionSaysTheSide() {
        // "Per Lund met Jon Sigurdsson, a special envoy of Iceland's fisheries ministry, again on Thursday."
        Answer a = CORE.answer("who did iceland's side send to meet lund again on thursday?");
        assertThat(a.answered() ? a.shortAnswer() : "").doesNotContain("Lund");
    }

    @Test
    void aSideTheSentenceDoesNotSayIsTheOneTheCorpusGivesThePerson() {
        // "Solberg toured the fish market": the Norwegian Prime Minister, as another sentence says
        Answer a = CORE.answer("who toured the fish market for iceland's side?");
        assertThat(a.answered() ? a.shortAnswer() : "").doesNotContain("Solberg");
        assertThat(CORE.answer("who toured the fish market for the norwegian side?").shortAnswer()).contains("Solberg");
    }

    @Test
    void aSentenceThatNamesBothSidesAnswersEachWithItsOwnPerson() {
        // the other side named in the same clause is what such a sentence is, not a sign it is about someone else
        assertThat(CORE.answer("who signed the feed protocol for iceland's side?").shortAnswer()).isEqualTo("Jon Sigurdsson");
        assertThat(CORE.answer("who signed the feed protocol for the norwegian side?").shortAnswer()).isEqualTo("Per Lund");
    }

    @Test
    void aQuotationInPiecesIsAnsweredWithEveryPieceWhenTheyFit() {
        Answer a = CORE.answer("what did brekke say about holm?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("“a formidable negotiator” … “a long and friendly partnership on salmon”");
    }

    @Test
    void theCountryALeadVerbTakesIsTheSideAsked() {
        // "who led iceland": one of Iceland's people, not the Norwegian envoy the same sentence names
        assertThat(CORE.answer("who led iceland in oslo?").shortAnswer()).isIn("Kari Holm", "Jon Sigurdsson");
        assertThat(CORE.answer("oslo talks who led iceland").shortAnswer()).isIn("Kari Holm", "Jon Sigurdsson");
        assertThat(CORE.answer("who led norway?").shortAnswer()).isIn("Ola Brekke", "Per Lund");
    }
}
