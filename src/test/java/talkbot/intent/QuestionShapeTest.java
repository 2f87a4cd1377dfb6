package talkbot.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a question's answer looks like, read from its wording alone. */
class QuestionShapeTest {
    private static QuestionShape shape(Intent intent, String folded) {
        return QuestionShape.of(intent, folded, true);
    }

    @Test
    void beforeAChangeAsksForTheFromEndWhateverFollows() {
        assertThat(shape(Intent.WHAT, "what was the fentanyl levy on chinese goods before trump cut it after meeting xi?").direction())
                .isEqualTo(QuestionShape.Direction.FROM);
        assertThat(shape(Intent.WHAT, "what is the fentanyl levy on chinese goods after the cut?").direction())
                .isEqualTo(QuestionShape.Direction.TO);
    }

    @Test
    void aCountOfSomeUnitOfAThingMeasuresThatThing() {
        assertThat(shape(Intent.HOW_MUCH, "how many tonnes of wheat does china have to buy a year").measured()).isEqualTo("wheat");
        assertThat(shape(Intent.HOW_MUCH, "how many million barrels of us oil will they ship").measured()).isEqualTo("oil");
        assertThat(shape(Intent.HOW_MUCH, "how much sorghum has china bought").measured()).isEqualTo("sorghum");
        assertThat(shape(Intent.HOW_MUCH, "how many tons of mexican steel get the lower tariff").measured()).isEqualTo("steel");
        assertThat(shape(Intent.HOW_MUCH, "how many usd of american energy did beijing pledge").unit()).isEqualTo("money");
        assertThat(shape(Intent.HOW_MUCH, "how many rounds have there been").measured()).isNull();
    }

    @Test
    void anOfficeAndNameAskedTerselyIsAPerson() {
        assertThat(shape(Intent.WHAT, "maltese foreign minister name?").type()).isEqualTo(AnswerType.PERSON);
        assertThat(shape(Intent.WHAT, "what is the agreement called?").type()).isEqualTo(AnswerType.NAME);
    }

    @Test
    void whatATaxBringsInOrACostIsMoney() {
        assertThat(shape(Intent.HOW_MUCH, "how much does britain's digital tax bring in a year").unit()).isEqualTo("money");
        assertThat(shape(Intent.HOW_MUCH, "how much has the whisky tariff been costing the industry per week").unit()).isEqualTo("money");
        assertThat(shape(Intent.HOW_MUCH, "how much does the tariff on whisky rise").unit()).isNotEqualTo("money");
    }

    @Test
    void aTimeAfterHowMuchIsARateNotAThingMeasured() {
        // "how much a year": the sum per year, in money, not a mass of "year" (the parser has dropped the article)
        assertThat(shape(Intent.HOW_MUCH, "how much year would a 12% tariff cost").measured()).isNull();
        assertThat(shape(Intent.HOW_MUCH, "how much year would a 12% tariff cost").unit()).isEqualTo("money");
        assertThat(shape(Intent.HOW_MUCH, "how much per month does the fund pay out").measured()).isNull();
    }

    @Test
    void aShareOfSomethingIsAPercentage() {
        assertThat(shape(Intent.HOW_MUCH, "roughly what share of its soy pledge has beijing fulfilled").unit()).isEqualTo("percent");
        assertThat(shape(Intent.HOW_MUCH, "what proportion of exports goes to the us").unit()).isEqualTo("percent");
        assertThat(shape(Intent.HOW_MUCH, "how many shares did the fund buy").unit()).isNotEqualTo("percent");
    }

    @Test
    void howMuchInDutiesIsARateAndHowMuchInGoodsASum() {
        assertThat(shape(Intent.HOW_MUCH, "how much in additional duties does washington already charge on chinese goods").unit())
                .isEqualTo("percent");
        assertThat(shape(Intent.HOW_MUCH, "how much in us farm goods did china promise to purchase").unit()).isEqualTo("money");
        assertThat(shape(Intent.HOW_MUCH, "how much in total is china supposed to spend on farm products").measured()).isNull();
    }

    @Test
    void whichRoundAMeetingWasAsksForItsNumber() {
        assertThat(shape(Intent.WHAT, "which round of us-china talks was the madrid one").type()).isEqualTo(AnswerType.ORDINAL);
        assertThat(shape(Intent.WHAT, "what round number is the geneva meeting").type()).isEqualTo(AnswerType.ORDINAL);
        assertThat(shape(Intent.WHAT, "which round of talks did the joint statement refer to").type()).isNotEqualTo(AnswerType.ORDINAL);
        // a meeting asked for, not its number
        assertThat(shape(Intent.WHAT, "what meeting is expected in july").type()).isNotEqualTo(AnswerType.ORDINAL);
        assertThat(shape(Intent.WHAT, "which meeting was held in geneva").type()).isNotEqualTo(AnswerType.ORDINAL);
        assertThat(shape(Intent.WHAT, "what session number was the oslo one").type()).isEqualTo(AnswerType.ORDINAL);
    }

    @Test
    void howOftenAsksForAFrequency() {
        assertThat(shape(Intent.WHEN, "how often will the working group meet").type()).isEqualTo(AnswerType.FREQUENCY);
        assertThat(shape(Intent.HOW_MUCH, "how many times a year do the leaders meet").type()).isEqualTo(AnswerType.FREQUENCY);
        assertThat(shape(Intent.HOW_MUCH, "how many times did they meet").type()).isNotEqualTo(AnswerType.FREQUENCY);
    }

    @Test
    void theNounAQuestionOpensWithSaysWhatAnswers() {
        QuestionShape island = shape(Intent.WHERE, "what island was the venue for the talks in singapore on?");
        assertThat(island.type()).isEqualTo(AnswerType.NAME);
        assertThat(island.typeWord()).isEqualTo("island");
        assertThat(shape(Intent.WHAT, "which countries' oil did bessent bring up").type()).isEqualTo(AnswerType.COUNTRY);
        assertThat(shape(Intent.WHERE, "which hotel was the venue").type()).isEqualTo(AnswerType.VENUE);
    }

    @Test
    void financingAndTheValueOfSomethingAreMoney() {
        QuestionShape financing = shape(Intent.HOW_MUCH, "how much financing backs the mining framework");
        assertThat(financing.unit()).isEqualTo("money");
        assertThat(financing.measured()).isNull(); // "$2.5 billion in financing": dollars of it, not tonnes of "financing"
        assertThat(shape(Intent.HOW_MUCH, "value of chinese exports to the us in may?").unit()).isEqualTo("money");
        assertThat(IntentRouter.load().route("size of the joint rare earth processing fund?")).isEqualTo(Intent.HOW_MUCH);
    }

    @Test
    void aDistrictIsAskedByName() {
        for (String q : new String[] {"which district of manila was the venue in", "tokyo venue - what neighbourhood was it in",
                "in what suburb did they meet"}) {
            QuestionShape district = shape(Intent.WHERE, q);
            assertThat(district.type()).as(q).isEqualTo(AnswerType.NAME);
            assertThat(district.typeWord()).as(q).isEqualTo("district");
        }
        assertThat(shape(Intent.WHAT, "what part of bangkok was the meeting in").typeWord()).isEqualTo("district");
        assertThat(shape(Intent.WHAT, "which district official spoke").type()).isNotEqualTo(AnswerType.NAME);
        assertThat(shape(Intent.WHAT, "what part of the deal is unresolved").type()).isNotEqualTo(AnswerType.NAME);
    }

    @Test
    void whichTownsOrCitiesAsksForCitiesWhateverTheQuestionWord() {
        assertThat(shape(Intent.WHAT, "which indian towns are losing jobs without a deal").type()).isEqualTo(AnswerType.CITY);
        assertThat(shape(Intent.WHERE, "in what cities did they meet").type()).isEqualTo(AnswerType.CITY);
        assertThat(shape(Intent.WHAT, "which city's mayor spoke").type()).isEqualTo(AnswerType.CITY);
        assertThat(shape(Intent.WHAT, "who visited which city").type()).isNotEqualTo(AnswerType.CITY);
        assertThat(shape(Intent.WHAT, "what capital investment did they pledge").type()).isNotEqualTo(AnswerType.CITY);
    }

    @Test
    void fromWhatToWhatAsksForBothEnds() {
        QuestionShape both = shape(Intent.WHAT, "india tariffs went from what to what?");
        assertThat(both.direction()).isEqualTo(QuestionShape.Direction.BOTH);
        assertThat(shape(Intent.WHAT, "what's the new us tariff and what was it before").direction()).isEqualTo(QuestionShape.Direction.BOTH);
        assertThat(both.type()).isEqualTo(AnswerType.FIGURE);
        // "wants" routes it as a what-do-they-want question; the two ends still ask for figures
        QuestionShape wanted = shape(Intent.WHY, "fentanyl tariff - china wants it cut from what to what");
        assertThat(wanted.type()).isEqualTo(AnswerType.FIGURE);
        assertThat(wanted.direction()).isEqualTo(QuestionShape.Direction.BOTH);
        assertThat(shape(Intent.WHY, "why did they cut it from what to what").type()).isEqualTo(AnswerType.REASON);
        // the new end asked first, words between it and the old one
        assertThat(shape(Intent.WHAT, "what did they agree to cut it to at the oslo talks, and from what?").direction())
                .isEqualTo(QuestionShape.Direction.BOTH);
        // as the parser puts a topic written first ("fentanyl tariff - what did they …") after the question
        assertThat(shape(Intent.WHAT, "what did they agree to cut it to at the oslo talks, and from what fentanyl tariff?").direction())
                .isEqualTo(QuestionShape.Direction.BOTH);
        assertThat(shape(Intent.WHAT, "what does the cut apply to, and from what date").direction())
                .isNotEqualTo(QuestionShape.Direction.BOTH);
    }

    @Test
    void aQuestionWrittenAsANounPhraseAsksForTheKindItEndsOn() {
        assertThat(shape(Intent.WHAT, "next round city?").type()).isEqualTo(AnswerType.CITY);
        assertThat(shape(Intent.WHAT, "host country?").type()).isEqualTo(AnswerType.COUNTRY);
        assertThat(shape(Intent.WHAT, "next meeting date?").type()).isEqualTo(AnswerType.DATE);
        // and the first of two such kinds: the second is asked as well
        assertThat(shape(Intent.WHAT, "next round date and place?").type()).isEqualTo(AnswerType.DATE);
        assertThat(shape(Intent.WHAT, "next round date and place?").also()).isEqualTo(Intent.WHERE);
        assertThat(shape(Intent.WHAT, "us lead negotiator?").type()).isEqualTo(AnswerType.PERSON);
        // the head noun comes before a preposition, the phrase has a verb, or the last noun is no kind asked
        assertThat(shape(Intent.WHAT, "tariffs on the president").type()).isNotEqualTo(AnswerType.PERSON);
        assertThat(shape(Intent.WHAT, "steel quota per country?").type()).isEqualTo(AnswerType.FIGURE);
        assertThat(shape(Intent.WHAT, "bessent still treasury secretary?").type()).isNotEqualTo(AnswerType.PERSON);
        assertThat(shape(Intent.WHAT, "he resigned as trade representative?").type()).isNotEqualTo(AnswerType.PERSON);
        assertThat(shape(Intent.WHAT, "deal official?").type()).isNotEqualTo(AnswerType.PERSON);
        assertThat(shape(Intent.WHAT, "tariff pause 90 days?").type()).isNotEqualTo(AnswerType.DATE);
        assertThat(shape(Intent.WHAT, "venture capital?").type()).isNotEqualTo(AnswerType.CITY);
        assertThat(shape(Intent.WHAT, "most favoured nation?").type()).isNotEqualTo(AnswerType.COUNTRY);
    }

    @Test
    void aPercentSignOrPctAsksInPercentButAFigureTheQuestionGivesDoesNot() {
        assertThat(shape(Intent.HOW_MUCH, "what % of india's crude imports come from russia").unit()).isEqualTo("percent");
        assertThat(shape(Intent.HOW_MUCH, "what pct of chinese exports go to the us").unit()).isEqualTo("percent");
        assertThat(shape(Intent.HOW_MUCH, "how big is the quota under the 10% deal").unit()).isEqualTo("count");
        assertThat(shape(Intent.HOW_MUCH, "how big is the quota under the 10 % deal").unit()).isEqualTo("count");
    }

    @Test
    void aChangeAskedByItsNounIsAFigure() {
        assertThat(shape(Intent.WHAT, "what cut did india offer on motorbikes").type()).isEqualTo(AnswerType.FIGURE);
        assertThat(shape(Intent.WHAT, "and which increase did beijing announce").type()).isEqualTo(AnswerType.FIGURE);
        assertThat(shape(Intent.WHAT, "what cuts did the us make to aid").type()).isNotEqualTo(AnswerType.FIGURE);
        // now against before: both ends
        assertThat(shape(Intent.WHAT, "h1b fee now vs before").direction()).isEqualTo(QuestionShape.Direction.BOTH);
        assertThat(shape(Intent.WHAT, "the new rate compared to before?").direction()).isEqualTo(QuestionShape.Direction.BOTH);
        assertThat(shape(Intent.WHAT, "how are relations now versus then").direction()).isNotEqualTo(QuestionShape.Direction.BOTH);
    }

    @Test
    void aDollarValueIsAskedInMoneyWhateverItIsOf() {
        assertThat(shape(Intent.WHAT, "whats the dollar value of the wheat purchases so far").unit()).isEqualTo("money");
        assertThat(shape(Intent.WHAT, "whats the total $ value of the farm purchases").unit()).isEqualTo("money");
        assertThat(shape(Intent.HOW_MUCH, "how much corn has it taken so far in dollar terms").unit()).isEqualTo("money");
        assertThat(shape(Intent.WHAT, "what was the dollar value against the yen after the deal").unit()).isNotEqualTo("money");
    }

    @Test
    void aShareOfSomethingIsAskedInPercentEvenOfMoney() {
        assertThat(shape(Intent.HOW_MUCH, "what share of the swiss investment pledge goes to factories").unit()).isEqualTo("percent");
        assertThat(shape(Intent.HOW_MUCH, "how much of india's oil imports come from russia").unit()).isEqualTo("percent");
        assertThat(shape(Intent.HOW_MUCH, "how much of the $50 billion has been spent").unit()).isNotEqualTo("percent");
    }

    @Test
    void theNameOfAPersonAsksForAPersonAndABareVenueWordForAVenue() {
        assertThat(shape(Intent.WHAT, "what's the name of the chinese commerce ministry spokeswoman").type()).isEqualTo(AnswerType.PERSON);
        assertThat(shape(Intent.WHAT, "what was the april tariff push called").type()).isEqualTo(AnswerType.NAME);
        assertThat(shape(Intent.WHERE, "beijing summit venue").typeWord()).isEqualTo("venue");
    }

    @Test
    void whichAndANounAskForTheNameOfSuchAThingUnlessAPlainPhraseTellsThem() {
        QuestionShape tank = shape(Intent.WHAT, "which think tank was the analyst from");
        assertThat(tank.type()).isEqualTo(AnswerType.ORG); // a body, named by a phrase
        assertThat(tank.typeWord()).isEqualTo("think tank");
        assertThat(shape(Intent.WHAT, "which think-tank is she with").typeWord()).isEqualTo("think-tank");
        assertThat(shape(Intent.WHAT, "which think tanks commented").type()).isEqualTo(AnswerType.ORG);
        // three words may describe the body asked for
        assertThat(shape(Intent.WHAT, "which us rare earth company's shares jumped").type()).isEqualTo(AnswerType.ORG);
        // but not a figure's or a condition's words before another noun
        assertThat(shape(Intent.WHAT, "what tariff rate chinese firms pay").type()).isNotEqualTo(AnswerType.ORG);
        assertThat(shape(Intent.WHAT, "what happens if other countries retaliate").type()).isNotEqualTo(AnswerType.COUNTRY);
        assertThat(shape(Intent.WHAT, "which nvidia processor did trump say he might allow").typeWord()).isEqualTo("processor");
        // products, issues and decisions are told by what they are, not by a name
        assertThat(shape(Intent.WHAT, "which indian products are hit hardest").type()).isEqualTo(AnswerType.CLAUSE);
        assertThat(shape(Intent.WHAT, "what duty applies to fish landed thru third countries").type()).isNotEqualTo(AnswerType.NAME);
        assertThat(shape(Intent.WHAT, "what us decision did analysts say came before the move").type()).isEqualTo(AnswerType.CLAUSE);
        assertThat(shape(Intent.WHAT, "what stake would bytedance keep").type()).isNotEqualTo(AnswerType.NAME);
    }

    @Test
    void aSecondQuestionWordJoinedByAndIsASecondThingAsked() {
        assertThat(shape(Intent.WHERE, "where and when is the next round").also()).isEqualTo(Intent.WHEN);
        assertThat(shape(Intent.HOW_MUCH, "how many rounds were held, and where was the last one").also()).isEqualTo(Intent.WHERE);
        assertThat(shape(Intent.WHERE, "where did trump and xi meet").also()).isNull();
        assertThat(shape(Intent.HOW_MUCH, "how much are swiss firms pledging to invest, and by when").also()).isEqualTo(Intent.WHEN);
    }

    @Test
    void aSecondThingAskedByItsNounIsASecondThingAsked() {
        assertThat(shape(Intent.WHERE, "where's the next round of us india talks and what date").also()).isEqualTo(Intent.WHEN);
        assertThat(shape(Intent.WHEN, "when did the talks open and which city hosted them").also()).isEqualTo(Intent.WHERE);
        assertThat(shape(Intent.WHEN, "next round date and place?").also()).isEqualTo(Intent.WHERE);
        assertThat(shape(Intent.WHAT, "what did they agree on steel and which products were left out").also()).isNull();
        assertThat(shape(Intent.WHAT, "what did they agree on the date and place of the next round").also()).isNull();
        assertThat(shape(Intent.WHAT, "what did they agree on cars and what country-of-origin rules apply").also()).isNull();
        assertThat(shape(Intent.HOW_MUCH, "us tariff rates by product and country?").also()).isNull();
        assertThat(shape(Intent.WHEN, "when were the talks and which cities hosted them").also()).isEqualTo(Intent.WHERE);
    }

    @Test
    void aDateOrAWorthAskedByItsNounAsksForADateOrMoney() {
        assertThat(shape(Intent.WHAT, "rare earth licence rule start date").type()).isEqualTo(AnswerType.DATE);
        assertThat(shape(Intent.WHAT, "what are the dates of the apec leaders summit in korea?").type()).isEqualTo(AnswerType.DATE);
        QuestionShape worth = shape(Intent.WHAT, "what is the boeing order worth according to the white house");
        assertThat(worth.type()).isEqualTo(AnswerType.FIGURE);
        assertThat(worth.unit()).isEqualTo("money");
        assertThat(shape(Intent.WHAT, "what stake would bytedance keep in the us business").type()).isEqualTo(AnswerType.FIGURE);
        assertThat(shape(Intent.WHAT, "what did they agree on chips").type()).isEqualTo(AnswerType.CLAUSE);
    }

    @Test
    void aTariffCutToWhatIsAFigureAtTheNewEnd() {
        QuestionShape cut = shape(Intent.WHAT, "china cutting sorghum tariff to what?");
        assertThat(cut.type()).isEqualTo(AnswerType.FIGURE);
        assertThat(cut.direction()).isEqualTo(QuestionShape.Direction.TO);
        assertThat(shape(Intent.WHAT, "the meeting place was changed to what").type()).isNotEqualTo(AnswerType.FIGURE);
        // a fee is a charge too, counted in money ("$60 per net ton") unless the question says it is a rate
        QuestionShape fee = shape(Intent.WHAT, "the port fee was changed to what");
        assertThat(fee.type()).isEqualTo(AnswerType.FIGURE);
        assertThat(fee.unit()).isEqualTo("money");
        assertThat(shape(Intent.HOW_MUCH, "by how much did freight rates jump after the fees kicked in").unit()).isNotEqualTo("money");
    }

    @Test
    void anAmountAskedWithoutAQuestionWordIsAFigure() {
        assertThat(shape(Intent.WHAT, "total value of the farm purchase pledge?").type()).isEqualTo(AnswerType.FIGURE);
        assertThat(shape(Intent.WHAT, "size of the wafer quota").type()).isEqualTo(AnswerType.FIGURE);
        // a tariff-free quota is counted in what it lets in, not in percent
        assertThat(shape(Intent.HOW_MUCH, "how big is the tariff free wafer quota").unit()).isEqualTo("count");
        assertThat(shape(Intent.HOW_MUCH, "how high is the tariff on wafers").unit()).isEqualTo("percent");
        assertThat(shape(Intent.WHAT, "value of the talks for farmers, what did they say").type()).isNotEqualTo(AnswerType.FIGURE);
    }

    @Test
    void aPriceOrATariffForSomethingIsAFigure() {
        assertThat(shape(Intent.WHAT, "whats the floor price for ndpr oxide in the canberra deal").type()).isEqualTo(AnswerType.FIGURE);
        assertThat(shape(Intent.WHAT, "what is the tariff for british cars now").type()).isEqualTo(AnswerType.FIGURE);
        assertThat(shape(Intent.WHAT, "what is the quota about").type()).isNotEqualTo(AnswerType.FIGURE);
    }

    @Test
    void aDeadlineOrAQuotaAfterWhatIsNoNameAndToDateIsNoDate() {
        assertThat(shape(Intent.WHAT, "what deadline did norway set for a herring deal?").type()).isNotEqualTo(AnswerType.NAME);
        assertThat(shape(Intent.WHAT, "what quota did norway set?").type()).isNotEqualTo(AnswerType.NAME);
        assertThat(shape(Intent.WHAT, "what has been agreed to date").type()).isNotEqualTo(AnswerType.DATE);
        assertThat(shape(Intent.WHAT, "what happens if the deadline passes").type()).isNotEqualTo(AnswerType.DATE);
        assertThat(shape(Intent.WHAT, "new deadline for tiktok sale?").type()).isEqualTo(AnswerType.DATE);
    }

    @Test
    void anOrganisationNounBeforeAPersonNounAsksForThePersonAndWhereInACityForAVenue() {
        assertThat(shape(Intent.WHO, "which commerce department official mentioned a gas terminal").type()).isEqualTo(AnswerType.PERSON);
        assertThat(shape(Intent.WHO, "which department hosted the talks").type()).isEqualTo(AnswerType.ORG);
        assertThat(shape(Intent.WHO, "which ministry heads the talks").type()).isEqualTo(AnswerType.ORG);
        assertThat(shape(Intent.WHERE, "where in vienna were the talks held").type()).isEqualTo(AnswerType.VENUE);
        assertThat(shape(Intent.WHERE, "where in china were the talks held").type()).isNotEqualTo(AnswerType.VENUE);
    }

    @Test
    void whatItDropsToIsTheNewEndAndWhereSomeoneWorksIsAnOrganisation() {
        QuestionShape drop = shape(Intent.WHAT, "china's retaliatory duty on us soybeans - what does it drop to");
        assertThat(drop.type()).isEqualTo(AnswerType.FIGURE);
        assertThat(drop.direction()).isEqualTo(QuestionShape.Direction.TO);
        String folded = "which analyst reacted to the vienna talks and where does she work";
        assertThat(QuestionShape.alsoAsked(folded)).isEqualTo("where does she work");
        assertThat(shape(Intent.WHERE, QuestionShape.alsoAsked(folded)).type()).isEqualTo(AnswerType.ORG);
        assertThat(shape(Intent.WHERE, "where did they meet").type()).isNotEqualTo(AnswerType.ORG);
        assertThat(shape(Intent.WHERE, "where does the analyst work").type()).isEqualTo(AnswerType.ORG);
        assertThat(shape(Intent.WHERE, "where did they work out the deal").type()).isNotEqualTo(AnswerType.ORG);
        assertThat(shape(Intent.WHERE, "where was the joint working group set up").type()).isNotEqualTo(AnswerType.ORG);
    }

    @Test
    void whatHappenedToARateAndAYesNoQuestionAskingFromWhatToWhatAskForBothEnds() {
        QuestionShape happened = shape(Intent.WHAT, "what happened to china's retaliatory tariff on us soybeans");
        assertThat(happened.type()).isEqualTo(AnswerType.FIGURE);
        assertThat(happened.direction()).isEqualTo(QuestionShape.Direction.BOTH);
        assertThat(shape(Intent.WHAT, "what happened to the tariff talks").direction()).isNotEqualTo(QuestionShape.Direction.BOTH);
        assertThat(shape(Intent.WHAT, "what happened to the talks on tariffs").direction()).isNotEqualTo(QuestionShape.Direction.BOTH);
        assertThat(shape(Intent.WHAT, "is china buying soybeans now and was it buying them before?").type()).isNotEqualTo(AnswerType.FIGURE);
        QuestionShape lowered = shape(Intent.WHAT, "did the us lower the tariff on chinese electronics parts? from what to what");
        assertThat(lowered.type()).isEqualTo(AnswerType.FIGURE);
        assertThat(lowered.direction()).isEqualTo(QuestionShape.Direction.BOTH);
    }

    @Test
    void aSecondQuestionAboutWhoWasAskedSaysWhomItsPronounIs() {
        assertThat(QuestionParser.saysWhoBefore("who is the analyst quoted and where does she work")).isTrue();
        assertThat(QuestionParser.saysWhoBefore("who is the official that met him")).isFalse();
        assertThat(QuestionShape.asksEmployer("who is the analyst quoted and where does she work")).isTrue();
        assertThat(QuestionShape.asksEmployer("where did they work out the deal")).isFalse();
        assertThat(shape(Intent.WHAT, "what is the surcharge on indian goods").unit()).isEqualTo("percent"); // a surcharge is a rate
    }

    @Test
    void whereAMarketOrACurrencyEndedUpAsksForItsMove() {
        assertThat(shape(Intent.HOW_MUCH, "where did the offshore yuan end up vs the dollar").unit()).isEqualTo("move");
        assertThat(shape(Intent.HOW_MUCH, "how did the loonie react").unit()).isEqualTo("move");
        assertThat(shape(Intent.HOW_MUCH, "where did the chip index close").unit()).isEqualTo("move");
        assertThat(shape(Intent.HOW_MUCH, "how much did the talks end up costing").unit()).isNotEqualTo("move");
        assertThat(shape(Intent.HOW_MUCH, "yuan move after the talks?").unit()).isEqualTo("move");
        assertThat(shape(Intent.HOW_MUCH, "how did the nikkei close").unit()).isEqualTo("move"); // as the router reads it
    }

    @Test
    void whatHappensToAFigureUnderAConditionAsksWhereItEndsUp() {
        assertThat(shape(Intent.WHAT, "if the truce lapses what happens to us tariffs").asksConsequence()).isTrue();
        assertThat(shape(Intent.WHAT, "if the truce lapses what happens to us tariffs").direction()).isEqualTo(QuestionShape.Direction.TO);
        assertThat(shape(Intent.WHAT, "what would tariffs be if the talks fail").direction()).isNotEqualTo(QuestionShape.Direction.FROM);
        assertThat(shape(Intent.WHAT, "what happens to the tariff on cars if talks fail").asksConsequence()).isTrue();
        // a "to" end asked in so many words stays the "to" end
        assertThat(shape(Intent.WHAT, "what will the tariff be cut to if they agree").direction()).isEqualTo(QuestionShape.Direction.TO);
    }
}
