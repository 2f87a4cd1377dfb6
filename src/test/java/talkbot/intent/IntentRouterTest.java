package talkbot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The question proper decides the intent, after a short phrase that sets the scene. */
class IntentRouterTest {
    private static final IntentRouter ROUTER = IntentRouter.load();

    @Test
    void aLeadingPhraseBeforeTheQuestionWordDoesNotHideIt() {
        assertThat(ROUTER.route("before the extension, when was the pause set to run out")).isEqualTo(Intent.WHEN);
        assertThat(ROUTER.route("as of the september round, when does the tariff truce run out")).isEqualTo(Intent.WHEN);
        assertThat(ROUTER.route("in kuala lumpur, who led the chinese side")).isEqualTo(Intent.WHO);
        assertThat(ROUTER.route("after the talks, where will they meet next")).isEqualTo(Intent.WHERE);
    }

    @Test
    void aShareAskedWithASignOrAnAbbreviationOrAHeightIsAFigure() {
        assertThat(ROUTER.route("what % of india's crude imports come from russia")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what pct of chinese exports go to the us")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what proportion of the quota was used")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("how tall is the tower the talks were held in")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what local content % does the us want for the parts rule")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what tariff pct applies to cars")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what is a percentage point?")).isNotEqualTo(Intent.HOW_MUCH);
    }

    @Test
    void howACurrencyMovedIsAFigure() {
        assertThat(ROUTER.route("how did the pound react")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("how did the euro do after the deal")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what did the yuan do")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what did the minister do")).isNotEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what are the market access commitments in the trade deal?")).isNotEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("what did the euro zone countries do about steel")).isNotEqualTo(Intent.HOW_MUCH);
        // a currency's nickname is a currency too, and where a market or a currency got to is a figure, not a place
        assertThat(ROUTER.route("how did the loonie react")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("where did the offshore yuan end up vs the dollar")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("where did the chip index go")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("where did the talks go next")).isNotEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("where did the minister go after the talks")).isNotEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("yuan move after the talks?")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("market reaction?")).isEqualTo(Intent.HOW_MUCH);
        assertThat(ROUTER.route("team move to geneva?")).isNotEqualTo(Intent.HOW_MUCH);
    }

    @Test
    void aStickingPointAskedAsYesOrNoIsNoWhyQuestion() {
        assertThat(ROUTER.route("did the delhi talks settle the generic drug tariff dispute, yes or no")).isEqualTo(Intent.WHAT);
        assertThat(ROUTER.route("was the visa dispute resolved")).isEqualTo(Intent.WHAT);
        assertThat(ROUTER.route("what are the sticking points")).isEqualTo(Intent.WHY);
        assertThat(ROUTER.route("so what's the main dispute")).isEqualTo(Intent.WHY);
        assertThat(ROUTER.route("can you tell me the main sticking points")).isEqualTo(Intent.WHY);
        assertThat(ROUTER.route("so, could you list the obstacles")).isEqualTo(Intent.WHY);
    }

    @Test
    void nameOfAPersonByWhatTheyDoIsWho() {
        assertThat(ROUTER.route("name of the bruegel economist quoted about the steel quota")).isEqualTo(Intent.WHO);
        // a person noun as an adjective names a thing
        assertThat(ROUTER.route("what is the name of the official report")).isNotEqualTo(Intent.WHO);
        assertThat(ROUTER.route("name of the chief negotiator's plan")).isNotEqualTo(Intent.WHO);
        assertThat(ROUTER.route("how quickly will beijing approve licences")).isEqualTo(Intent.HOW_MUCH);
    }

    @Test
    void aPositionOnSomethingIsAStanceNotAJob() {
        assertThat(ROUTER.route("what's taiwan's position on the origin rule")).isEqualTo(Intent.WHAT);
        assertThat(ROUTER.route("what is china's position about the quota")).isEqualTo(Intent.WHAT);
        assertThat(ROUTER.route("what's huang's position in the government")).isEqualTo(Intent.ROLE);
        assertThat(ROUTER.route("what position does tsai hold")).isEqualTo(Intent.ROLE);
    }

    @Test
    void whatTheLeadingPhraseSaysDoesNotRouteTheQuestion() {
        // "dispute" would make it a what-is-at-issue question; what follows the comma asks when
        assertThat(ROUTER.route("on the port fee dispute, when do the fees come back")).isEqualTo(Intent.WHEN);
        // with no question word after the comma the whole question is read as before
        assertThat(ROUTER.route("when the truce ends, tariffs go back up?")).isEqualTo(Intent.WHEN);
        assertThat(ROUTER.route("besides tiktok, what else did they talk about")).isEqualTo(Intent.WHAT);
    }

    @Test
    void whichAndAPersonNounAsksWhoEvenAfterTwoModifiers() {
        assertThat(ROUTER.route("which economist commented on the osaka outcome")).isEqualTo(Intent.WHO);
        assertThat(ROUTER.route("which commerce department official mentioned a gas terminal")).isEqualTo(Intent.WHO);
        // an auxiliary is no modifier of the noun: "what did us negotiators want" asks what they wanted
        assertThat(ROUTER.route("what did us negotiators want on magnets")).isNotEqualTo(Intent.WHO);
        assertThat(ROUTER.route("what percentage of analysts expect a deal")).isNotEqualTo(Intent.WHO);
    }
}
