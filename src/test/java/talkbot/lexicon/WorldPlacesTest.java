package talkbot.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The world knowledge every corpus shares: countries, their peoples, their cities and the short names chat uses. */
class WorldPlacesTest {
    private final WorldPlaces world = WorldPlaces.get();

    @Test
    void aCityIsKnownByTheShortNameChatUsesForIt() {
        assertThat(world.shortNames("Kuala Lumpur")).containsExactly("KL");
        assertThat(world.isCity("KL")).isTrue();
        assertThat(world.countryOfCity("kl")).map(WorldPlaces.Country::name).contains("Malaysia");
        assertThat(world.fullName("KL")).isEqualTo("Kuala Lumpur");
        assertThat(world.fullName("Geneva")).isEqualTo("Geneva");
    }

    @Test
    void mostCitiesHaveNoShortNameAndCityNamesStayWhole() {
        assertThat(world.shortNames("Geneva")).isEmpty();
        assertThat(world.countryOfCity("Geneva")).map(WorldPlaces.Country::name).contains("Switzerland");
        assertThat(world.countryOfCity("Ho Chi Minh City")).map(WorldPlaces.Country::name).contains("Vietnam");
    }
}
