package talkbot.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClosestNameTest {
    private static final List<String> KNOWN = List.of("SLACK_PORT", "SLACK_API_URL", "TALKBOT_CORPUS", "TALKBOT_DATA_DIR");

    @Test
    void aTypoFindsItsSetting() {
        assertThat(ClosestName.to("SLAK_PORT", KNOWN)).contains("SLACK_PORT");
        assertThat(ClosestName.to("SALCK_PORT", KNOWN)).contains("SLACK_PORT");
        assertThat(ClosestName.to("talkbot_corpus", KNOWN)).contains("TALKBOT_CORPUS");
        assertThat(ClosestName.to("TALKBOT_DATADIR", KNOWN)).contains("TALKBOT_DATA_DIR");
    }

    @Test
    void anotherNameFindsNothing() {
        assertThat(ClosestName.to("COLOUR", KNOWN)).isEmpty();
        assertThat(ClosestName.to("JAVA_HOME", KNOWN)).isEmpty();
    }

    @Test
    void distanceCountsEditsAndSwaps() {
        assertThat(ClosestName.distance("abc", "abc")).isZero();
        assertThat(ClosestName.distance("abc", "acb")).isEqualTo(1);
        assertThat(ClosestName.distance("", "abc")).isEqualTo(3);
        assertThat(ClosestName.distance("kitten", "sitting")).isEqualTo(3);
    }
}
