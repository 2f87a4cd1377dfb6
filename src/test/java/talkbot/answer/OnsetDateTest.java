package talkbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When something takes effect or starts is not the day the report's news was agreed, unless the sentence says so. */
class OnsetDateTest {
    private static final QuestionAnswerer CORE = Cores.testCorpus("onset-dates");

    @Test
    void theDayTheCutWasAgreedDoesNotSayWhenItTakesEffect() {
        // "agreed on Thursday to cut the Norwegian duty …" against "The lower duty will take effect on July 1"
        Answer a = CORE.answer("when does the lower salmon duty agreed in geneva take effect");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("July 1");
        assertThat(CORE.answer("when does the salmon duty cut kick in").shortAnswer()).contains("July 1");
    }

    @Test
    void theDayOfTheNewsStillAnswersWhenTheTalksHappened() {
        Answer a = CORE.answer("when did norway and chile agree to cut the salmon duty");
        assertThat(a.answered()).isTrue();
        assertThat(a.shortAnswer()).contains("11 June");
    }

    @Test
    void theDayOfTheNewsStillSaysWhenAMeetingStarted() {
        var index = talkbot.index.CorpusIndex.build(talkbot.corpus.CorpusLoader.load(java.nio.file.Path.of("src/test/resources/corpora/onset-dates")));
        var parser = new talkbot.intent.QuestionParser(index, talkbot.intent.IntentRouter.load());
        int dateline = 0; // "GENEVA, June 12 … agreed on Thursday to cut the Norwegian duty …"
        var reading = index.reading(dateline);
        String day = Replies.date(reading.dates().get(0));
        String text = index.sentence(dateline).text();
        java.time.LocalDate published = index.corpus().article(index.sentence(dateline).articleId()).info().published();
        assertThat(DateSpans.newsDayOnly(day, text, reading, published)).isTrue();
        assertThat(DateSpans.asksOnset(parser.parse("when does the salmon duty cut start"))).isTrue();
        assertThat(DateSpans.asksOnset(parser.parse("when did the salmon talks start"))).isFalse();
    }
}
