package talkbot.reading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void aWireDatelineEndsAtItsDash() {
        String lead = "DOHA, Aug. 15 (Wire report) - The United States and China agreed on Tuesday.";
        assertThat(lead.substring(Dateline.end(lead))).startsWith("The United States");
        String two = "HANOI/WASHINGTON, July 3 - The two sides agreed a deal.";
        assertThat(Dateline.at(two).group(1)).isEqualTo("HANOI/WASHINGTON");
        assertThat(two.substring(Dateline.end(two))).startsWith("The two sides");
    }

    @Test
    void aHeadlineOrASentenceIsNoDateline() {
        assertThat(Dateline.end("US, China 90-day truce extended")).isZero(); // no month, and "90-day" is no dash
        assertThat(Dateline.end("The United States and China agreed on Tuesday - officials said.")).isZero();
        assertThat(Dateline.at("WASHINGTON, Feb 12-13 talks end")).isNull();
    }
}
