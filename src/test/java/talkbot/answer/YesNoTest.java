package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import talkbot.adapter.console.ConsoleText;
import talkbot.chat.Reply;

/** A yes/no question whose answering clause denies is answered "No." — once, in the short answer and the reply; nothing is claimed otherwise. */
class YesNoTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("measured-rate");

    @Test
    void aClauseThatDeniesIsANo() {
        Answer a = CORE.answer("did the lima talks settle farm access?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).startsWith("No. ");
        assertThat(a.reply()).startsWith("No. ");
        String shown = ConsoleText.render(Reply.of(a));
        assertThat(shown.indexOf("No.")).isEqualTo(shown.lastIndexOf("No.")); // said once
    }

    @Test
    void aClauseThatDoesNotDenyIsNoYes() {
        Answer a = CORE.answer("will the two governments fund packing plants?");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).doesNotStartWith("No").doesNotStartWith("Yes");
    }

    @Test
    void whatDenies() {
        assertThat(YesNo.denies("Talks ended without a deal on electronics")).isTrue();
        assertThat(YesNo.denies("The framework is not legally binding")).isTrue();
        assertThat(YesNo.denies("It hasn't placed a single order")).isTrue();
        assertThat(YesNo.denies("The two sides agreed to extend the truce")).isFalse();
        assertThat(YesNo.denies("Nothing in Norway's knowledge")).isFalse(); // words, not letters
    }

    @Test
    void anOpenDisputeDeniesASettlement() {
        assertThat(YesNo.denies("U.S., Japan agree to cut chip tariffs in Tokyo talks but split over rice and yen")).isTrue();
        assertThat(YesNo.denies("Neither side blinked in Doha")).isTrue();
        assertThat(YesNo.denies("The dispute over port fees remained unresolved")).isTrue();
        assertThat(YesNo.denies("Digital tax rift lingers")).isTrue();
        assertThat(YesNo.denies("Talks on dairy stalled")).isTrue();
        assertThat(YesNo.denies("The offer fell short of what Washington wanted")).isTrue();
        assertThat(YesNo.denies("The two sides split the cost of the study")).isFalse(); // "split over/on" a matter, not any split
        // what settles a dispute does not deny
        assertThat(YesNo.denies("The agreement ends a months-long rift over steel")).isFalse();
        assertThat(YesNo.denies("The two sides broke the deadlock on Friday")).isFalse();
        assertThat(YesNo.denies("They agreed to cut tariffs to just short of 15%")).isFalse();
    }
}
