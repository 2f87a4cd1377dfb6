package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "DOHA, Aug. 15 (Wire report) -": the dateline says whose report it is, not what a question of names asks for. */
class DatelineCreditTest {
    @Test
    void theWireCreditIsNoNameOfWhatIsAsked() {
        var parts = Cores.parts("dateline-credit");
        for (String question : new String[] {"which chinese airlines are getting the boeing jets", "which airlines will buy the boeing planes"}) {
            Candidate top = parts.top(question);
            assertThat(top.shortAnswer()).as(question).doesNotContain("Wire").doesNotContain("DOHA");
        }
    }
}
