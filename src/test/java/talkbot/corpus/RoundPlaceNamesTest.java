package talkbot.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names that point at a round: its city, the city's short names and, unless it is a party, its country. */
class RoundPlaceNamesTest {
    private static void article(Path dir) throws IOException {
        Files.writeString(dir.resolve("hk-round.txt"),
                "HONG KONG, Jan 15 (Test wire report) - U.S. and Chinese officials ended two days of talks in Hong Kong on Wednesday.\n\n"
                        + "Beijing said the talks were constructive.\n");
        Files.writeString(dir.resolve("hk-round.meta.properties"), "title=US and China end Hong Kong talks\npublished=2026-01-15\n");
    }

    @Test
    void aCityOfACountryTheArticlesNameByItsCapitalIsNotNamedByThatCountry(@TempDir Path dir) throws IOException {
        article(dir);
        Files.writeString(dir.resolve("aliases.tsv"), "country\tChina\tChinese|Beijing|PRC\n");
        Round hk = CorpusLoader.load(dir).round("hk-round");
        assertThat(hk.place()).isEqualTo("Hong Kong");
        // "Beijing said": China is a party to the talks, so "the Chinese" name no one round
        assertThat(hk.placeNames()).contains("Hong Kong", "HK").doesNotContain("China", "Chinese");
    }

    @Test
    void otherwiseTheCountryNamesTheRoundToo(@TempDir Path dir) throws IOException {
        article(dir);
        Round hk = CorpusLoader.load(dir).round("hk-round");
        assertThat(hk.placeNames()).contains("Hong Kong", "China");
    }

    @Test
    void aRoundAtAVenueIsAlsoTheRoundInItsDatelinesCity(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("delhi-round.txt"),
                "NEW DELHI, Sep 16 (Test wire report) - U.S. and Indian negotiators held a full day of talks at Vanijya Bhawan on Tuesday.\n");
        Files.writeString(dir.resolve("delhi-round.meta.properties"), "title=US and India hold trade talks\npublished=2025-09-16\n");
        Round delhi = CorpusLoader.load(dir).round("delhi-round");
        assertThat(delhi.place()).isEqualTo("Vanijya Bhawan");
        assertThat(delhi.placeNames()).contains("Vanijya Bhawan", "New Delhi", "Delhi", "India");
    }

    @Test
    void soItIsWhenTheTextRepeatsTheHeadlineBeforeTheDateline(@TempDir Path dir) throws IOException {
        // the wire's own layout: the headline, a blank line, then the dateline paragraph; the round was read as at the venue only
        Files.writeString(dir.resolve("malta-round.txt"), "U.S. and China edge toward a deal in Malta\n\n"
                + "VALLETTA, Oct. 12 (Test wire report) - U.S. and Chinese negotiators ended two days of talks in Malta on Friday.\n\n"
                + "The talks were held behind closed doors at the Grandmaster's Palace in the Maltese capital.\n");
        Files.writeString(dir.resolve("malta-round.meta.properties"), "title=U.S. and China edge toward a deal in Malta\npublished=2029-10-12\n");
        Round malta = CorpusLoader.load(dir).round("malta-round");
        assertThat(malta.placeNames()).contains("Valletta", "Malta");
    }
}
