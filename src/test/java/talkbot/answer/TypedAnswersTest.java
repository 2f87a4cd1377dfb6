package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The answer's type read from how the question asks: "which norwegian body" wants an organisation
 * however many words qualify the noun, and "where did she post" is answered by the medium while
 * "where did she meet" is answered by the place.
 */
class TypedAnswersTest {
    private static final QuestionAnswerer CORE = Cores.over(Path.of("src/test/resources/corpora/typed"));

    @Test
    void aQualifiedWhichNounAsksForAnOrganisation() {
        Answer a = CORE.answer("which norwegian body announced the new quota rules?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Ministry of Fisheries");
    }

    @Test
    void whichAndANounIsAnsweredByTheNameThatNounIntroduces() {
        // a name of two capitalised words reads like a person's; the noun before it says it is a shipbuilder
        Answer a = CORE.answer("which norwegian shipbuilder will iceland get its patrol boats from?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).isEqualTo("Vartdal Marine");
    }

    @Test
    void whereAndWhenIsAnsweredWithThePlaceAndTheDate() {
        Answer a = CORE.answer("where and when will the negotiators meet again?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Reykjavik").contains("June");
        // one question word: one thing
        assertThat(CORE.answer("where will the negotiators meet again?").shortAnswer()).isEqualTo("Reykjavik");
    }

    @Test
    void whatDayIsAnsweredByADayNotByAMonth() {
        Answer a = CORE.answer("what day did the tromso round end?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("27 February");
        assertThat(CORE.answer("when did the tromso round end?").shortAnswer()).contains("February");
    }

    @Test
    void whatTimeIsAnsweredWithTheClockTimeAndItsDay() {
        Answer a = CORE.answer("what time was the old quota set to lapse?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).startsWith("12:01am").contains("3 March");
    }

    @Test
    void whatTimeWithNoDateIsTheClockTimeAlone() {
        assertThat(CORE.answer("what time will the talks resume in bergen?").shortAnswer()).isEqualTo("9am");
    }

    @Test
    void quotationsOfTwoPeopleInOneSentenceAreNotJoinedAsOnes() {
        assertThat(CORE.answer("what did holm say about the herring deal?").shortAnswer()).isEqualTo("“a real step forward”");
    }

    @Test
    void aListOfCountriesDoesNotRunIntoTheClauseBefore() {
        // "… to Iceland, and Denmark, Finland and Sweden buy cod": Iceland is not one of the buyers
        assertThat(CORE.answer("which countries buy cod from norway?").shortAnswer()).isEqualTo("Denmark, Finland and Sweden");
    }

    @Test
    void whatOneSaysAfterADeedIsTheirsNotTheAskedPersons() {
        // "Moen criticised the quota rules, saying …": Moen's words, whoever else the question names
        Answer a = CORE.answer("what did brekke say about giving away too much to iceland?");
        assertThat(a.shortAnswer() == null ? "" : a.shortAnswer()).doesNotContain("given away");
        assertThat(CORE.answer("what did moen say about the quota rules?").shortAnswer()).contains("given away too much");
    }

    @Test
    void aNewDeadlineIsTheDateItWasMovedTo() {
        Answer a = CORE.answer("new deadline for a deal on the old quota?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("30 June");
    }

    @Test
    void whichCountriesListsEveryCountryOfTheList() {
        // "including Denmark, Finland and Sweden": the list runs across the commas that split clauses
        assertThat(CORE.answer("which other nordic countries will study the terms?").shortAnswer()).isEqualTo("Denmark, Finland and Sweden");
    }

    @Test
    void whereSomethingWasPostedIsTheMediumAndWhereSomeoneMetIsThePlace() {
        assertThat(CORE.answer("where did holm post her reaction?").shortAnswer()).contains("Bluesky");
        assertThat(CORE.answer("where did holm meet the norwegian delegation?").shortAnswer()).contains("Akershus Fortress");
    }

    @Test
    void ofTwoFiguresInAClauseTheOneFollowedByWhatIsAskedAnswers() {
        assertThat(CORE.answer("what share of the haddock does norway land?").shortAnswer()).contains("60%");
        assertThat(CORE.answer("what share of the cod catch does norway land?").shortAnswer()).contains("40%");
        // the noun that ends what the share is of decides, not another word of the question the other figure's words share
        assertThat(CORE.answer("what share of the region's haddock does norway land?").shortAnswer()).contains("60%");
    }

    @Test
    void aLightVerbAfterTheNounIsNotWhatIsAsked() {
        // "what duty applies": the duty is asked about, and the sentence need not say "applies" twice over
        Answer a = CORE.answer("what duty applies to fish landed thru third countries");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("12%");
    }

    @Test
    void howManyCountsTheNounPastItsAdjectives() {
        Answer a = CORE.answer("how many norwegian users does fangst have");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("2 million");
    }

    @Test
    void chatPhrasesAreReadAsTheArticlesWords() {
        Answer a = CORE.answer("when does the quota deal run out");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("31 December");
    }

    @Test
    void howAMarketReactedIsAnsweredByHowMuchItMoved() {
        assertThat(CORE.answer("how did havbruk shares do after the rules").shortAnswer()).contains("3%");
        // "s&p" is a name, not two lone letters to drop; and "ten-year" is no market move
        Answer a = CORE.answer("how did the s&p 500 react on wednesday");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("0.4%");
    }

    @Test
    void anEmployerAsksForTheInstitutionAndNamesItsPeople() {
        assertThat(CORE.answer("which bank is the economist from").shortAnswer()).contains("Nordbank");
        // a firm the article names only in its body is still what the question is about
        Answer a = CORE.answer("what did the nordbank economist think of the rules");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("overdue");
    }

    @Test
    void howMuchOfAThingIsAnsweredOnlyByAFigureOfThatThing() {
        assertThat(CORE.answer("how much herring will norway buy").shortAnswer()).contains("2,000");
        Answer salmon = CORE.answer("how much salmon will norway buy");
        assertThat(salmon.answered() ? salmon.shortAnswer() : "").doesNotContain("2,000");
    }

    @Test
    void whatSomeoneSaidIsNeverAnotherPersonsQuotation() {
        // Holm's words on her call with Brekke are not what Brekke said
        Answer a = CORE.answer("what did brekke say?");
        assertThat(a.answered() ? a.shortAnswer() : "").doesNotContain("fair outcome");
        assertThat(CORE.answer("what did holm say after the call?").shortAnswer()).contains("fair outcome");
    }

    @Test
    void whenSomethingStartedIsNotWhenItStartedAgain() {
        Answer a = CORE.answer("what day did the oslo talks kick off");
        assertThat(a.shortAnswer()).contains("Monday").doesNotContain("Tuesday");
    }

    @Test
    void ofFiguresInOneSentenceTheOneLedByWhatIsAskedAnswers() {
        // "the main index fell 1.1% and the Nordic small-cap index dropped 2.5%": each figure has its own subject
        assertThat(CORE.answer("how much did the small-cap index drop in oslo").shortAnswer()).contains("2.5%");
        assertThat(CORE.answer("how much did the main index fall in oslo").shortAnswer()).contains("1.1%");
        // the words that lead up to the figure, not the country the whole sentence names
        assertThat(CORE.answer("how big is norway's surplus with iceland").shortAnswer()).contains("$5 billion");
    }

    @Test
    void theNameOfAPersonAsksForAPerson() {
        Answer a = CORE.answer("whats the name of iceland's fisheries minister");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("Kari Holm");
    }

    @Test
    void theRateOnAThingIsNotARateOnAnotherThing() {
        // "A levy of 12% will apply to fish landed through third countries": says nothing of a levy on timber
        Answer timber = CORE.answer("what is the levy on norwegian timber?");
        assertThat(timber.answered() ? timber.shortAnswer() : "").doesNotContain("12%");
        assertThat(CORE.answer("what is the levy on fish landed thru third countries?").shortAnswer()).contains("12%");
    }
}
