package talkbot.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Percentage points are a difference of rates: they answer what is asked in percent or points, not a count or money. */
class UnitsTest {
    @Test
    void percentagePointsAnswerARateOrPointsQuestion() {
        String pp = Units.normal("percentage point");
        assertThat(Units.fits("percent", pp)).isTrue(); // "how much could the tariff knock off growth"
        assertThat(Units.fits("points", pp)).isTrue();
        assertThat(Units.fits("move", pp)).isTrue();
        assertThat(Units.fits("count", pp)).isFalse();
        assertThat(Units.fits("money", pp)).isFalse();
        // market points are not a rate
        assertThat(Units.fits("percent", Units.normal("points"))).isFalse();
    }
}
