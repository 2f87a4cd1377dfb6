package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A date the sentence says was replaced ("which had been due to expire on May 31, will now run until …") answers what it was, not what it is now. */
class SupersededDateTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("superseded-date");

    @Test
    void nowIsTheDateInForce() {
        Answer now = CORE.answer("when does the quota deal run out now");
        assertThat(now.answered()).isTrue();
        assertThat(now.shortAnswer()).contains("30 November 2026");
    }

    @Test
    void originallyIsTheDateReplaced() {
        Answer before = CORE.answer("when was the quota deal originally supposed to expire");
        assertThat(before.answered()).isTrue();
        assertThat(before.shortAnswer()).contains("31 May 2026");
    }
}
