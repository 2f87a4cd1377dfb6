package talkbot.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFinderTest {
    private final NameFinder finder = new NameFinder(KnownNames.NONE);

    private List<String> described(String text) {
        return finder.find(text).stream()
                .map(n -> n.kind() + ":" + (n.title() == null ? "" : n.title() + "|") + n.text()).toList();
    }

    @Test
    void aPlaceOfTheWorldListKeepsTheFunctionWordItOpensWith() {
        assertThat(described("It followed meetings in Washington in October and New Delhi in December.")).contains("PLACE:New Delhi");
        assertThat(described("New Zealand signed first.")).contains("COUNTRY:New Zealand");
        assertThat(described("In New Delhi, officials met on Monday.")).contains("PLACE:New Delhi");
        assertThat(described("New tariffs took effect on Monday.")).noneMatch(d -> d.contains("New"));
    }

    @Test
    void aOneWordPlaceTheCorpusKnowsIsAVenueWhenABuildingsNounFollows() {
        // a round's report knows "Capella" as a place it names; "the Capella hotel" says which kind
        NameFinder knowing = new NameFinder(name -> name.equals("Capella") || name.equals("Singapore")
                ? java.util.Optional.of(Name.Kind.PLACE) : java.util.Optional.empty());
        assertThat(knowing.find("They led the talks at the Capella hotel on Sentosa island.").stream().map(n -> n.kind() + ":" + n.text()))
                .contains("VENUE:Capella");
        // a city stays a city: "a Singapore hotel" is a hotel in the city
        assertThat(knowing.find("They met at a Singapore hotel.").stream().map(n -> n.kind() + ":" + n.text())).contains("PLACE:Singapore");
        assertThat(knowing.find("The Capella said it was fully booked.").stream().map(n -> n.kind() + ":" + n.text())).contains("PLACE:Capella");
        // nor a place the corpus knows before the noun without "the": "his Capella resort" is a resort there
        assertThat(knowing.find("He stayed at his Capella resort.").stream().map(n -> n.kind() + ":" + n.text())).contains("PLACE:Capella");
    }

    @Test
    void aMiddleInitialIsPartOfTheName() {
        assertThat(described("The first round was held at the Lester B. Pearson Building in Ottawa."))
                .contains("VENUE:Lester B. Pearson Building");
        assertThat(described("They fell back on Plan B. China said the talks had ended.")).noneMatch(d -> d.contains("B. China"));
    }

    @Test
    void aForeignBuildingJoinedByItsParticlesOrSetBesideABuildingsNounIsAVenue() {
        assertThat(described("The ministers met at the Palácio dos Arcos, the restored baroque palace that houses the embassy."))
                .contains("VENUE:Palácio dos Arcos");
        assertThat(described("They met at the Centro Cultural de Lima, a concrete conference centre by the river."))
                .contains("VENUE:Centro Cultural de Lima");
        assertThat(described("The ministers met on Monday at the Rathaus in the old town.")).contains("VENUE:Rathaus");
        // an event, or a body known by its initials, is no building
        assertThat(described("The leaders met at the G20 summit in Osaka.")).noneMatch(d -> d.startsWith("VENUE"));
        assertThat(described("The ministers met at the OECD in Paris.")).noneMatch(d -> d.startsWith("VENUE"));
    }

    @Test
    void aNameOpeningWithAnAcronymIsAFirm() {
        assertThat(described("Chinese state-owned carrier COSCO Shipping had been expected to be the hardest hit."))
                .contains("ORG:COSCO Shipping");
        assertThat(described("The plan was backed by USTR Jamieson Greer and by USTR Greer.")).noneMatch(d -> d.startsWith("ORG"));
    }

    @Test
    void aBodyNamedAfterATitleIsNoPerson() {
        assertThat(described("Nguyen Thi Hoa, vice chairwoman of the Handicraft and Wood Industry Association of Ho Chi Minh City, said orders fell."))
                .noneMatch(d -> d.startsWith("PERSON") && d.contains("Association"));
        assertThat(described("Dale Hendricks of the Semiconductor Equipment Suppliers Coalition said so."))
                .noneMatch(d -> d.startsWith("PERSON") && d.contains("Coalition"));
        assertThat(described("Vice Chairwoman Nguyen Thi Hoa said orders fell.")).anyMatch(d -> d.startsWith("PERSON") && d.contains("Nguyen Thi Hoa"));
    }

    @Test
    void aHyphenatedGivenNameIsPartOfTheName() {
        assertThat(described("said Tsai Ming-hsien, Taiwan's chief trade negotiator, and Trade Minister Yeo Han-koo."))
                .contains("PERSON:Tsai Ming-hsien", "PERSON:Trade Minister|Yeo Han-koo");
        // a compound adjective after a name is not: the place, then what it qualifies
        assertThat(described("The Hong Kong-based Asia Shipping Forum and the Beijing-backed fund met.")).contains("PLACE:Hong Kong")
                .noneMatch(d -> d.contains("-based") || d.contains("-backed"));
    }

    @Test
    void aTitleGoesOnThroughForAfterItsInstitution() {
        assertThat(described("It was led by U.S. Under Secretary of Commerce for International Trade Daniel Whitcombe."))
                .contains("PERSON:U.S. Under Secretary of Commerce for International Trade|Daniel Whitcombe");
        assertThat(described("Helen Marsh of XTB said so.")).contains("PERSON:Helen Marsh");
    }

    @Test
    void anInstitutionForSomethingIsOneName() {
        assertThat(described("Jonas Lindqvist, a senior fellow at the Centre for Transatlantic Economic Policy, said so."))
                .contains("ORG:Centre for Transatlantic Economic Policy");
        assertThat(described("Exports for Japan rose.")).noneMatch(d -> d.contains("for Japan"));
    }

    @Test
    void aBuildingNamedAfterSomeoneTitledIsAVenue() {
        assertThat(described("They met on Wednesday at Queen Elizabeth House, near the Scottish Parliament."))
                .contains("VENUE:Queen Elizabeth House").noneMatch(d -> d.startsWith("PERSON:"));
        // a titled person whose name ends like a building is still a person where nothing is placed at them
        assertThat(described("Trade Minister Peter Hall said the talks went well.")).contains("PERSON:Trade Minister|Peter Hall");
    }

    @Test
    void twoFieldsBeforeATitleWordAreOneTitle() {
        assertThat(described("U.S. Trade Representative Gregory Halvorsen and British Business and Trade Secretary Rhian Maddox led the talks."))
                .contains("PERSON:British Business and Trade Secretary|Rhian Maddox", "PERSON:U.S. Trade Representative|Gregory Halvorsen");
        assertThat(described("Economy, Trade and Industry Minister Haruka Sonoda met Okafor."))
                .contains("PERSON:Economy, Trade and Industry Minister|Haruka Sonoda");
        assertThat(described("Energy and Climate Minister Lars Aagaard spoke first."))
                .contains("PERSON:Energy and Climate Minister|Lars Aagaard");
        // fields with no title word after them name no office
        assertThat(described("The Business and Trade Fair opened in Leeds on Monday."))
                .noneMatch(d -> d.contains("Business and Trade"));
        // an institution of fields, then another person with a title: two names, not one
        assertThat(described("Japan's Ministry of Economy, Trade and Industry and Chinese Commerce Minister Wang Wentao met."))
                .contains("PERSON:Chinese Commerce Minister|Wang Wentao").noneMatch(d -> d.contains("Industry and Chinese"));
        assertThat(described("The Department for Business and Trade and Foreign Secretary David Lammy said so."))
                .noneMatch(d -> d.contains("Trade and Foreign"));
    }

    @Test
    void aTitleOfTwoFieldsIsOneTitle() {
        assertThat(described("China's team was headed by Vice Minister of Agriculture and Rural Affairs Zhou Hanlin."))
                .contains("PERSON:Vice Minister of Agriculture and Rural Affairs|Zhou Hanlin");
        assertThat(described("He was joined by Agriculture Under Secretary for Trade and Foreign Agricultural Affairs Denise Arbogast."))
                .contains("PERSON:Agriculture Under Secretary for Trade and Foreign Agricultural Affairs|Denise Arbogast");
        // two people, each with a title: "and" between a name and the next title joins nothing
        assertThat(described("Secretary of State Marco Rubio and Foreign Minister Wang Yi met."))
                .contains("PERSON:Secretary of State|Marco Rubio", "PERSON:Foreign Minister|Wang Yi");
    }

    @Test
    void aFirmNamedForItsTradeIsNoPerson() {
        assertThat(described("Shares of Iluka Resources and Vietnam Airlines rose, while Toyota Motor fell."))
                .contains("ORG:Iluka Resources", "ORG:Vietnam Airlines", "ORG:Toyota Motor");
        assertThat(described("The talks were held on Pennsylvania Avenue.")).noneMatch(d -> d.startsWith("PERSON"));
        assertThat(described("The firm was founded by Eleanor Price.")).contains("PERSON:Eleanor Price");
    }

    @Test
    void aFirmNamedWithTheWordGeneralIsNoGeneral() {
        assertThat(described("The council represents General Motors, Ford and Stellantis.")).contains("ORG:General Motors")
                .noneMatch(d -> d.startsWith("PERSON") && d.contains("Motors"));
        assertThat(described("General Mark Milley said the army was ready.")).anyMatch(d -> d.startsWith("PERSON") && d.contains("Mark Milley"));
    }

    @Test
    void aLawIsNoPerson() {
        assertThat(described("Officials said it would breach China's Data Security Law.")).contains("OTHER:Data Security Law");
        assertThat(described("The film starred Jude Law.")).contains("PERSON:Jude Law");
    }

    @Test
    void aNameBeforeADistrictNounIsAPlaceNotAPerson() {
        assertThat(described("The meeting was held in Bangkok's Pathum Wan district.")).contains("PLACE:Pathum Wan");
        assertThat(described("They met in the Toranomon neighbourhood, near Minato ward.")).contains("PLACE:Toranomon");
        assertThat(described("Pathum Wan said the talks went well.")).contains("PERSON:Pathum Wan");
    }

    @Test
    void splitsTitlesFromNamesAtTheLastTitleWord() {
        assertThat(described("US Treasury Secretary Scott Bessent and Trade Representative Jamieson Greer led the American "
                + "delegation, while China's team was headed by Vice Premier He Lifeng, President Xi Jinping's top economic envoy."))
                .containsExactly("PERSON:US Treasury Secretary|Scott Bessent", "PERSON:Trade Representative|Jamieson Greer",
                        "COUNTRY:American", "COUNTRY:China", "PERSON:Vice Premier|He Lifeng", "PERSON:President|Xi Jinping");
        assertThat(described("The deal was sealed by European Commission President Ursula von der Leyen."))
                .containsExactly("PERSON:European Commission President|Ursula von der Leyen");
        assertThat(described("He met Secretary of State Marco Rubio."))
                .containsExactly("PERSON:Secretary of State|Marco Rubio");
        // a title with "for" and a longer office: the name is what is left, at most two words
        assertThat(described("It was led by State Secretary for Economic Affairs Martin Brunner."))
                .containsExactly("PERSON:State Secretary for Economic Affairs|Martin Brunner");
        assertThat(described("He met Minister of Commerce Wang Wentao."))
                .containsExactly("PERSON:Minister of Commerce|Wang Wentao");
        assertThat(described("He met Secretary of Commerce Howard Wilbur Lutnick."))
                .containsExactly("PERSON:Secretary of Commerce|Howard Wilbur Lutnick");
        // one word with a capital inside is a brand, unless it starts like a surname
        assertThat(described("The framework on TikTok was agreed on Monday, ByteDance said.")).contains("ORG:TikTok", "ORG:ByteDance");
        assertThat(described("The plan was welcomed by senator McConnell.")).noneMatch(d -> d.startsWith("ORG"));
    }

    @Test
    void aPluralPossessiveStaysInsideANameAndAPlaceBeforeBasedIsAPlaceOfItsOwn() {
        assertThat(described("The Singapore-based Pacific Shipowners' Council welcomed the move."))
                .containsExactly("PLACE:Singapore", "ORG:Pacific Shipowners' Council");
        assertThat(described("Harbourline Maritime Research, a London-based consultancy, estimated the cost."))
                .contains("PLACE:London");
        // a hyphen before a capital is part of the name
        assertThat(described("Executives at Rolls-Royce said so.")).extracting(x -> x.substring(x.indexOf(':') + 1)).containsExactly("Rolls-Royce");
    }

    @Test
    void aBuildingsNounAfterAPossessiveEndsTheNameOfTheBuilding() {
        assertThat(described("The delegations met at Haakon's Hall on Thursday.")).containsExactly("VENUE:Haakon's Hall");
        // the possessor is a name of its own before anything else: "Trump's Scottish golf resort", "Beijing's Great Hall of the People"
        assertThat(described("They flew to Trump's Scottish golf resort.")).noneMatch(d -> d.contains("Trump's Scottish"));
        assertThat(described("They met in Beijing's Great Hall of the People.")).noneMatch(d -> d.contains("Beijing's Great"));
        // a country's or a city's possessive is its own name, and "House of" goes on to what it is of
        assertThat(described("The bill passed Britain's House of Commons.")).noneMatch(d -> d.contains("Britain's House"));
        assertThat(described("They met at London's Mansion House.")).noneMatch(d -> d.contains("London's Mansion"));
    }

    @Test
    void readsPlacesVenuesAndInstitutions() {
        assertThat(described("The talks were held at Rosenbad, the Swedish government's headquarters in central Stockholm."))
                .containsExactly("PLACE:Rosenbad", "COUNTRY:Swedish", "PLACE:Stockholm");
        assertThat(described("They met at the Villa Saladin in the suburb of Cologny, said Helen Marsh of Lindqvist Partners."))
                .containsExactly("VENUE:Villa Saladin", "PLACE:Cologny", "PERSON:Helen Marsh", "ORG:Lindqvist Partners");
        assertThat(described("Lutnick said outside Lancaster House that Xinhua had it wrong."))
                .contains("VENUE:Lancaster House", "ORG:Xinhua");
    }

    @Test
    void anInstitutionOfTwoFieldsIsOneName() {
        assertThat(described("They met at the Department of Trade and Industry headquarters in Makati."))
                .contains("ORG:Department of Trade and Industry");
        assertThat(described("Officials of the Ministry of Commerce and Wang Wentao disagreed."))
                .contains("ORG:Ministry of Commerce", "PERSON:Wang Wentao");
        assertThat(described("Talks at the Department of Commerce and Treasury officials went on."))
                .contains("ORG:Department of Commerce").doesNotContain("ORG:Department of Commerce and Treasury");
        assertThat(described("Talks between the Department of Commerce and China ended."))
                .contains("ORG:Department of Commerce");
        assertThat(described("Bessent and Greer met Lutnick."))
                .containsExactly("OTHER:Bessent", "OTHER:Greer", "OTHER:Lutnick"); // no institution: "and" joins nothing
    }

    @Test
    void whereSomeoneWorksIsAnInstitutionNotAPlace() {
        assertThat(described("Daniel Ho, senior economist at Maybank in Singapore, called it a relief."))
                .containsExactly("PERSON:Daniel Ho", "ORG:Maybank", "PLACE:Singapore");
    }

    @Test
    void aNumberEndsANameAndALowerCaseTitleWordJoinsTheTitle() {
        assertThat(described("The talks were held at Merdeka 118, the tallest tower, under Section 301 of the act."))
                .containsExactly("PLACE:Merdeka 118", "OTHER:Section 301");
        assertThat(described("Markets cheered on 30 October 2025."))
                .doesNotContain("OTHER:October 30", "OTHER:October 2025");
        assertThat(described("Opposition Conservative leader Kemi Badenoch criticised the deal."))
                .containsExactly("PERSON:Opposition Conservative leader|Kemi Badenoch");
    }

    @Test
    void aHotelIsAVenueAndAPlaceOfWorkIsAnInstitution() {
        assertThat(described("They met at the Capella hotel, said Marcus Feld, head of Asia trade research at Calloway Stratton in Singapore."))
                .containsExactly("VENUE:Capella", "PERSON:Marcus Feld", "COUNTRY:Asia", "ORG:Calloway Stratton", "PLACE:Singapore");
    }

    @Test
    void aVenueNounMayFollowAWordOfWhoseItIs() {
        assertThat(described("The round was held at the Ankara Palas state guesthouse in the capital's historic Ulus district."))
                .contains("VENUE:Ankara Palas");
        assertThat(described("They met at the Marvin official residence.")).contains("VENUE:Marvin");
    }

    @Test
    void aRegionIsNoPerson() {
        assertThat(described("He is the negotiator for South and Central Asia.")).contains("COUNTRY:Central Asia");
    }

    @Test
    void whatIsHeldOrConcernedIsNoPlace() {
        assertThat(described("Beijing would review any technology related to TikTok, and investors in Fangst were wary."))
                .contains("ORG:TikTok", "OTHER:Fangst");
        assertThat(described("The delegates flew to Trondheim.")).containsExactly("PLACE:Trondheim");
    }

    @Test
    void aPronounOpeningASentenceIsNotAName() {
        assertThat(described("He described the weekend as productive.")).isEmpty();
        assertThat(described("Markets rallied on Monday.")).isEmpty();
    }

    @Test
    void knownNamesKeepTheirKindAndTheirFirstWord() {
        NameFinder withHe = new NameFinder(name -> name.equals("He Lifeng")
                ? java.util.Optional.of(Name.Kind.PERSON) : java.util.Optional.empty());
        assertThat(withHe.find("He Lifeng called the meeting candid.")).extracting(Name::text).containsExactly("He Lifeng");
    }

    @Test
    void aPlaceTheCorpusKnowsIsAVenueWhenItsWordsSaySo() {
        NameFinder knowsPlaces = new NameFinder(name -> name.equals("Kurucesme Palace Hotel") || name.equals("Besiktas")
                ? java.util.Optional.of(Name.Kind.PLACE) : java.util.Optional.empty());
        assertThat(knowsPlaces.find("They met at the Kurucesme Palace Hotel in Besiktas.")).extracting(n -> n.kind() + ":" + n.text())
                .containsExactly("VENUE:Kurucesme Palace Hotel", "PLACE:Besiktas");
        assertThat(described("The talks opened at the Palacio de San Telmo in the Roma Norte neighbourhood."))
                .contains("VENUE:Palacio de San Telmo");
    }

    @Test
    void aBuildingNamedByItsNounThenOfWhatIsOneVenueButASurnameIsNot() {
        assertThat(described("They met at the Palace of Culture and Science in central Warsaw."))
                .contains("VENUE:Palace of Culture and Science");
        assertThat(described("The talks at Windsor Station ended on Thursday.")).contains("VENUE:Windsor Station");
        assertThat(described("Outside the Palace of Westminster and Downing Street, protesters gathered."))
                .noneMatch(d -> d.contains("Westminster and"));
        assertThat(described("Analyst Ben Hall of Capital Economics said the deal was thin."))
                .noneMatch(d -> d.contains("Hall of")).contains("ORG:Capital Economics");
        assertThat(described("It was headed by Minister of Trade, Industry and Competition Nomvula Khumalo."))
                .contains("PERSON:Minister of Trade, Industry and Competition|Nomvula Khumalo");
    }
}
