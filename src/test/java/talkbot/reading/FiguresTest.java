package talkbot.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import talkbot.time.DateFinder;

class FiguresTest {
    private static List<String> described(String text) {
        return Figures.find(text, DateFinder.strict().find(text, LocalDate.of(2025, 5, 12))).stream()
                .map(f -> f.text() + "/" + f.unit() + "/" + f.role()).toList();
    }

    @Test
    void readsBothEndsOfAChangeAndSkipsTheNumbersOfDates() {
        assertThat(described("Under a statement released on 12 May, Washington will cut its duties from 145% to 30%, "
                + "while Beijing will lower its levies from 125% to 10%."))
                .containsExactly("145%/percent/FROM", "30%/percent/TO", "125%/percent/FROM", "10%/percent/TO");
        assertThat(described("Trump threatened to raise tariffs to 30% from 1 August, up from the 10% baseline rate."))
                .containsExactly("30%/percent/TO", "10%/percent/FROM");
    }

    @Test
    void zeroEndsAChange() {
        assertThat(described("Under the agreement, the tariff on Scotch will fall from 10% to zero on June 1."))
                .containsExactly("10%/percent/FROM", "zero/percent/TO");
        assertThat(described("Ottawa will cut the 25% surtax on steel to zero."))
                .containsExactly("25%/percent/FROM", "zero/percent/TO");
        // zero that ends no change is no figure
        assertThat(described("Zero-tariff trade is the goal, and a zero-sum game is the fear.")).isEmpty();
        assertThat(described("Officials hope to zero in on a compromise and move to zero-tariff trade.")).isEmpty();
    }

    @Test
    void theFigureAChangeVerbActsOnIsItsOldEnd() {
        assertThat(described("The United States agreed to halve its 20% levy on Chinese-made port cranes to 10%."))
                .containsExactly("20%/percent/FROM", "10%/percent/TO");
        assertThat(described("Ottawa will cut the 25% surtax on steel to 15%, officials said."))
                .containsExactly("25%/percent/FROM", "15%/percent/TO");
        // no new end after it, or a new end of another unit: the figure is no end of a change
        assertThat(described("Peru will keep its 20% levy on salmon, and raise its 12% duty on grapes."))
                .containsExactly("20%/percent/NONE", "12%/percent/NONE");
        assertThat(described("They will cut the 40% tariff on 2 million tonnes to $3 billion worth."))
                .first().isEqualTo("40%/percent/NONE");
        // the new end of another clause is not this figure's
        assertThat(described("The US will cut its 25% tariff on Japanese cars, while Japan agreed to lower rice duties to 5%."))
                .containsExactly("25%/percent/NONE", "5%/percent/TO");
    }

    @Test
    void readsFiguresWrittenInWords() {
        assertThat(described("India will lower its duty on almonds from thirty-five percent to fifteen percent starting April 1."))
                .containsExactly("thirty-five percent/percent/FROM", "fifteen percent/percent/TO");
        assertThat(described("Washington will exempt up to three hundred thousand tonnes of steel, and apples up to forty thousand tonnes annually."))
                .containsExactly("up to three hundred thousand tonnes/tonne/NONE", "up to forty thousand tonnes/tonne/NONE");
        assertThat(described("The fee rose to six thousand dollars from about two thousand dollars; trade reached one hundred and thirty billion dollars."))
                .containsExactly("six thousand dollars/money/TO", "about two thousand dollars/money/FROM",
                        "one hundred and thirty billion dollars/money/TO");
        assertThat(described("Exports were worth about nine billion dollars, with a surplus of roughly forty-five billion dollars."))
                .containsExactly("about nine billion dollars/money/NONE", "roughly forty-five billion dollars/money/NONE");
    }

    @Test
    void aFractionOfSomethingIsAShare() {
        assertThat(described("Russian crude now accounts for roughly a third of its oil imports."))
                .containsExactly("roughly a third/percent/NONE");
        assertThat(described("Swiss firms pledged $150 billion, with roughly a third earmarked for factories."))
                .containsExactly("$150 billion/money/NONE", "roughly a third/percent/NONE");
        assertThat(described("Electronics account for more than half of exports and two-thirds of jobs."))
                .containsExactly("more than half/percent/NONE", "two-thirds/percent/NONE");
    }

    @Test
    void aFractionOfTimeOrAnOrderOrAChangeIsNoShare() {
        assertThat(described("A third round is planned for the first half of the year, the first in a quarter century.")).isEmpty();
        assertThat(described("Washington agreed to raise the quota by almost a quarter and to cut the fee by half.")).isEmpty();
        assertThat(described("It is the first such deal in nearly half a century, more than a quarter of a century after the last.")).isEmpty();
    }

    @Test
    void aRangeIsOneFigureWithItsLowEnd() {
        assertThat(described("India offered to cut its forty percent duty to between twenty and twenty-five percent."))
                .containsExactly("forty percent/percent/FROM", "between twenty and twenty-five percent/percent/TO");
        assertThat(described("It buys between 150,000 and 180,000 tonnes annually; shares fell between 1% and 2% on Friday."))
                .containsExactly("between 150,000 and 180,000 tonnes/tonne/NONE", "between 1% and 2%/percent/NONE");
        // a range written with "to": one figure, not a change from a bare number
        assertThat(described("He estimated the tariff could shave 0.5 to 1 percentage point off growth this year."))
                .containsExactly("0.5 to 1 percentage point/percentage points/NONE");
        assertThat(described("China bought roughly 13 to 14 million tonnes of soybeans."))
                .containsExactly("roughly 13 to 14 million tonnes/tonne/NONE");
        assertThat(described("It cut duties from 145 to 30 percent; futures rose 0.9% to $10.46."))
                .containsExactly("145/null/FROM", "30 percent/percent/TO", "0.9%/percent/NONE", "$10.46/money/TO");
        assertThat(described("The talks will run from July 24 to 27 in San Francisco.")).isEmpty();
        // a year is no low end of a range
        assertThat(described("The IMF cut its forecast for 2025 to 2.8% on Tuesday.")).containsExactly("2.8%/percent/TO");
        // words that are no figure stay so
        assertThat(described("One of the two sides said seven in ten of the visas go to Indian firms.")).isEmpty();
        assertThat(described("The two won concessions on steel.")).isEmpty();
    }

    @Test
    void readsUnits() {
        assertThat(described("Exports dropped 12.7% in May to $28.8 billion, and the pause lasts 90 days."))
                .containsExactly("12.7%/percent/NONE", "$28.8 billion/money/TO", "90 days/time/NONE");
        assertThat(described("They met for about five hours and suspended 24 percentage points on 93 billion euros of goods."))
                .containsExactly("about five hours/time/NONE", "24 percentage points/percentage points/NONE", "93 billion euros/money/NONE");
        assertThat(described("the S&P 500 rose 0.6% in 2025")).containsExactly("0.6%/percent/NONE");
        assertThat(described("It stopped collecting the fees from 1:01 p.m. local time.")).isEmpty();
        assertThat(described("He has extended the deadline three times.")).containsExactly("three times/times/NONE");
        assertThat(described("The two leaders met for about an hour and 40 minutes, two days after a 90-day pause ended."))
                .containsExactly("about an hour and 40 minutes/time/NONE", "two days/time/NONE", "90-day/time/NONE");
    }

    @Test
    void aScaledNumberCountsTheNounAfterItAndIsMoneyOtherwise() {
        assertThat(described("TikTok says it has about 170 million users in the United States."))
                .containsExactly("about 170 million/user/NONE");
        assertThat(described("China pledged to buy 25 million tonnes, worth 12 billion in all, and 40 million of it by June."))
                .containsExactly("25 million tonnes/tonne/NONE", "12 billion/money/NONE", "40 million/money/NONE");
    }

    @Test
    void aScaleAfterANumberInWordsIsAFigure() {
        assertThat(described("This is real relief for more than three million coconut farmers, he said."))
                .containsExactly("more than three million/coconut/NONE");
        assertThat(described("The fund could reach half a billion dollars, and a million jobs depend on it."))
                .containsExactly("half a billion dollars/money/TO", "a million/job/NONE");
    }
}
