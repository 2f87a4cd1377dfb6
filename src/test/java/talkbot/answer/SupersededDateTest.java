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
        assertThat(talkbot.time.DateFormat.says(now.shortAnswer(), java.time.LocalDate.of(2026, 11, 30))).as(now.shortAnswer()).isTrue();
        assertThat(talkbot.time.DateFormat.says(now.shortAnswer(), java.time.LocalDate.of(2026, 5, 31))).as(now.shortAnswer()).isFalse();
    }

    @Test
    void originallyIsTheDateReplaced() {
        Answer before = CORE.answer("when was the quota deal originally supposed to expire");
        assertThat(before.answered()).isTrue();
        assertThat(before.shortAnswer()).contains("May 31, 2026");
    }

    @Test
    void aDateSetWithoutAReplacementIsNoReplacedOne() {
        // "was set to take effect on June 1": nothing replaced it, so "when do the new rules take effect" is that day
        Answer rules = CORE.answer("when do the new labelling rules take effect");
        assertThat(rules.answered()).isTrue();
        assertThat(rules.shortAnswer()).contains("June 1, 2026");
    }
}
