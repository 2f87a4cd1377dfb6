package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import talkbot.corpus.CorpusLoader;
import talkbot.index.CorpusIndex;
import talkbot.intent.IntentRouter;
import talkbot.intent.QuestionParser;

/**
 * A person asked for as a negotiator is not one titled economist; "how did X describe Y" is answered by
 * what X described it as; a clause that brings in a quotation with a colon answers with the quotation;
 * "which round was X" is answered by the round's number; "the norwegian minister" is on Norway's side;
 * the days "they met" are not those of an earlier round the report recalls; "the president wrote" is the
 * president last named.
 */
class RolesAndDescriptionsTest {
    private static final Path DIR = Path.of("src/test/resources/corpora/roles");
    private static final QuestionParser PARSER = new QuestionParser(CorpusIndex.build(CorpusLoader.load(DIR)), IntentRouter.load());
    private static final QuestionAnswerer CORE = Cores.over(DIR);

    @Test
    void aNegotiatorAskedForIsNotAnEconomist() {
        // "Tomas Ibarra, chief economist at Andes Capital in Santiago" says "chief" and "Santiago" too
        Answer a = CORE.answer("who was chile's chief negotiator in santiago");
        assertThat(a.shortAnswer()).isEqualTo("Rosa Valdivia");
    }

    @Test
    void anEconomistAskedForIsNotANegotiator() {
        assertThat(CORE.answer("which economist talked about the salmon tariff").shortAnswer()).isEqualTo("Tomas Ibarra");
    }

    @Test
    void aDescriptionIsWhatTheSpeakerDescribedItAs() {
        assertThat(PARSER.parse("how did valdivia describe the talks").shape().asksDescription()).isTrue();
        assertThat(PARSER.parse("describe the talks").shape().asksDescription()).isFalse();
        // the quote she said in the same sentence is not how she described them
        assertThat(CORE.answer("how did valdivia describe the talks").shortAnswer()).isEqualTo("“frank and useful”");
        // unquoted, up to what the sentence goes on to say
        assertThat(CORE.answer("how did the norwegian minister describe the outcome").shortAnswer()).isEqualTo("balanced");
    }

    @Test
    void aClauseThatBringsInAQuotationWithAColonAnswersWithIt() {
        assertThat(CORE.answer("whats valdivia's three-word reaction").shortAnswer())
                .endsWith(": “Work goes on”")
                .contains("three-word post on social media");
    }

    @Test
    void whichRoundARoundWasIsItsNumber() {
        assertThat(PARSER.parse("which round was the santiago meeting, like 2nd 3rd?").shape().type())
                .isEqualTo(talkbot.intent.AnswerType.ORDINAL);
        assertThat(PARSER.parse("which round of talks did the statement refer to").shape().type())
                .isNotEqualTo(talkbot.intent.AnswerType.ORDINAL);
        assertThat(CORE.answer("which round number was santiago").shortAnswer()).isEqualTo("second formal round");
    }

    @Test
    void aMinisterAskedByNationalityIsOfThatCountry() {
        assertThat(CORE.answer("who was the norwegian minister at the talks").shortAnswer()).isEqualTo("Ola Brekke");
        // "Peruvian Trade Minister Luis Quispe ... met both delegations in the Chilean capital": not the Chilean minister
        assertThat(CORE.answer("who was the chilean minister who met both delegations").shortAnswer()).isNotEqualTo("Luis Quispe");
    }

    @Test
    void theDaysTheyMetAreNotThoseOfAnEarlierRoundItsReportRecalls() {
        // "The first round, in Oslo on Feb. 10-11, ended without agreement on salmon." in the report of the May round
        assertThat(String.valueOf(CORE.answer("which days did they meet").shortAnswer())).doesNotContain("February");
        assertThat(CORE.answer("when did the first round take place").shortAnswer()).contains("February 10");
    }

    @Test
    void aQuotationTheOfficeHolderSaidIsTheirs() {
        // "Chilean President Marta Rojas welcomed ...", then '"This is a good day ...," the president wrote'
        assertThat(CORE.answer("what did rojas say about the families who farm").shortAnswer()).contains("This is a good day");
    }
}
