package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The day a report was filed or something was said about an event is not when the event started:
 * "when did the round start" is answered by "held on June 13 and 14", not by the dateline's
 * "June 15", by "officials said on Friday", or by "after two days of talks".
 */
class ReportDayTest {
    private static final Cores.Parts PARTS = Cores.parts("report-day");

    @Test
    void theStartOfARoundIsNotTheDayItWasReported() {
        Candidate top = PARTS.top("when did the oslo round start");
        assertThat(top.shortAnswer()).contains("13").doesNotContain("15").doesNotContain("two days");
    }

    @Test
    void theDaySomethingWasSaidStillAnswersWhenItWasSaid() {
        Candidate top = PARTS.top("when did winslow tell reporters about the salmon cut");
        assertThat(top.shortAnswer()).contains("15");
    }

    @Test
    void theDaySomeoneSaidTheyAgreedMayDateAMeeting() {
        Candidate top = PARTS.top("what day did haugland meet winslow");
        assertThat(top.shortAnswer()).contains("14");
    }
}
