package talkbot.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.chat.Command;

class TalksRequestTest {

    @Test
    void emptyIsHelp() {
        assertThat(TalksRequest.parse("")).isEqualTo(new TalksRequest(Command.HELP, "", false));
        assertThat(TalksRequest.parse("   ")).isEqualTo(new TalksRequest(Command.HELP, "", false));
        assertThat(TalksRequest.parse(null)).isEqualTo(new TalksRequest(Command.HELP, "", false));
    }

    @Test
    void aLoneCommandWordIsThatCommand() {
        assertThat(TalksRequest.parse("summary").command()).isEqualTo(Command.SUMMARY);
        assertThat(TalksRequest.parse("Help?").command()).isEqualTo(Command.HELP);
        assertThat(TalksRequest.parse(" SOURCES ").command()).isEqualTo(Command.SOURCES);
        assertThat(TalksRequest.parse("latest").command()).isEqualTo(Command.LATEST);
        assertThat(TalksRequest.parse("subscribe").command()).isEqualTo(Command.SUBSCRIBE);
        assertThat(TalksRequest.parse("unsubscribe").command()).isEqualTo(Command.UNSUBSCRIBE);
        assertThat(TalksRequest.parse("start").command()).isEqualTo(Command.START);
    }

    @Test
    void anythingElseIsAQuestion() {
        assertThat(TalksRequest.parse("Who leads China's delegation?"))
                .isEqualTo(new TalksRequest(Command.ASK, "Who leads China's delegation?", false));
        assertThat(TalksRequest.parse("summary of the tariffs?"))
                .isEqualTo(new TalksRequest(Command.ASK, "summary of the tariffs?", false));
        assertThat(TalksRequest.parse("ask where?")).isEqualTo(new TalksRequest(Command.ASK, "where?", false));
        assertThat(TalksRequest.parse("ask")).isEqualTo(new TalksRequest(Command.ASK, "", false));
    }

    @Test
    void shareAsksForTheWholeChannel() {
        assertThat(TalksRequest.parse("share Where are the talks?"))
                .isEqualTo(new TalksRequest(Command.ASK, "Where are the talks?", true));
        assertThat(TalksRequest.parse("Share   who?")).isEqualTo(new TalksRequest(Command.ASK, "who?", true));
    }
}
